#include "sync/RetentionWarning.h"

#include <QTest>

using namespace Poplar;
using Account::RetentionPolicy;

/// The EXPIRE / keep-on-server conflict, as a table.
class TestRetentionWarning : public QObject {
    Q_OBJECT
private slots:
    void conflict_data();
    void conflict();
};

void TestRetentionWarning::conflict_data()
{
    QTest::addColumn<int>("expire"); // -2: not announced
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("days");
    QTest::addColumn<QString>("mentions"); // empty: no warning
    QTest::newRow("not announced") << -2 << int(RetentionPolicy::Keep) << 0 << QString();
    QTest::newRow("NEVER") << -1 << int(RetentionPolicy::Keep) << 0 << QString();
    QTest::newRow("0, keep") << 0 << int(RetentionPolicy::Keep) << 0 << QStringLiteral("EXPIRE 0");
    QTest::newRow("0, delete after download") << 0 << int(RetentionPolicy::DeleteAfterDownload) << 0 << QString();
    QTest::newRow("0, when deleted locally") << 0 << int(RetentionPolicy::DeleteWhenDeletedLocally) << 0
                                             << QStringLiteral("EXPIRE 0");
    QTest::newRow("30, keep") << 30 << int(RetentionPolicy::Keep) << 0 << QStringLiteral("30 day");
    QTest::newRow("30, after 60 days") << 30 << int(RetentionPolicy::DeleteAfterDays) << 60 << QStringLiteral("30 day");
    QTest::newRow("30, after 7 days") << 30 << int(RetentionPolicy::DeleteAfterDays) << 7 << QString();
    QTest::newRow("30, after 30 days") << 30 << int(RetentionPolicy::DeleteAfterDays) << 30 << QString();
    QTest::newRow("0, after 7 days") << 0 << int(RetentionPolicy::DeleteAfterDays) << 7 << QStringLiteral("EXPIRE 0");
}

void TestRetentionWarning::conflict()
{
    QFETCH(int, expire);
    QFETCH(int, policy);
    QFETCH(int, days);
    QFETCH(QString, mentions);
    const std::optional<int> expireDays = expire == -2 ? std::nullopt : std::optional<int>(expire);
    const QString warning = Sync::retentionWarning(expireDays, RetentionPolicy(policy), days);
    if (mentions.isEmpty())
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    else
        QVERIFY2(warning.contains(mentions), qPrintable(warning));
}

QTEST_GUILESS_MAIN(TestRetentionWarning)
#include "tst_retention_warning.moc"
