// Sizes in one human unit: the message list, the preview, progress and poplar-sync all use
// Display::dataSize, so one column never mixes "799 bytes" with "3.52 KiB".

#include "display/DataSize.h"

#include <QLocale>
#include <QTest>

using Poplar::Display::dataSize;

class TestDataSize : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void sizes_data();
    void sizes();
    void germanDigits();
};

void TestDataSize::sizes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("empty") << qint64(0) << QStringLiteral("0 KiB");
    QTest::newRow("one byte is one KiB") << qint64(1) << QStringLiteral("1 KiB");
    QTest::newRow("799 bytes") << qint64(799) << QStringLiteral("1 KiB");
    QTest::newRow("exactly 1 KiB") << qint64(1024) << QStringLiteral("1 KiB");
    QTest::newRow("just over") << qint64(1025) << QStringLiteral("2 KiB");
    QTest::newRow("3.52 KiB rounds up") << qint64(3604) << QStringLiteral("4 KiB");
    QTest::newRow("largest KiB") << qint64(1023) * 1024 << QStringLiteral("1023 KiB");
    QTest::newRow("just below 1 MiB") << qint64(1024) * 1024 - 1 << QStringLiteral("1.0 MiB");
    QTest::newRow("1.5 MiB") << qint64(1536) * 1024 << QStringLiteral("1.5 MiB");
    QTest::newRow("300 MB") << qint64(300) * 1000 * 1000 << QStringLiteral("286.1 MiB");
    QTest::newRow("2 GiB") << (qint64(2) << 30) << QStringLiteral("2.0 GiB");
    QTest::newRow("negative is nothing") << qint64(-5) << QStringLiteral("0 KiB");
}

void TestDataSize::sizes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    QCOMPARE(dataSize(bytes), shown);
}

void TestDataSize::germanDigits()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(dataSize(qint64(1536) * 1024), QStringLiteral("1,5 MiB"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestDataSize)
#include "tst_datasize.moc"
