// File > Import from Another Program: the dialog finds a Thunderbird profile's POP3 accounts,
// lists them with what Thunderbird already fetched and what it leaves out, and imports the
// checked ones through the sync thread, as poplar-sync import does.

#include "ImportDialog.h"
#include "store/Profile.h"
#include "sync/SyncService.h"

#include <QDir>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Poplar;

class TestImportDialog : public QObject {
    Q_OBJECT
private slots:
    void findsListsAndImportsThunderbirdAccounts();
};

void TestImportDialog::findsListsAndImportsThunderbirdAccounts()
{
    QTemporaryDir dir;
    const QString thunderbird = dir.filePath(QStringLiteral("thunderbird"));
    QVERIFY(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-r"), QStringLiteral(POPLAR_TEST_DATA "/import/thunderbird"),
                                                     thunderbird}) == 0);
    const QString profileDir = dir.filePath(QStringLiteral("profile"));
    Sync::SyncThread sync(profileDir);
    Ui::ImportDialog dialog(&sync);
    dialog.show();
    auto *path = dialog.findChild<QLineEdit *>(QStringLiteral("importPath"));
    QVERIFY(path);
    path->setText(thunderbird);
    dialog.search();

    const QTreeWidget *results = dialog.results();
    int accounts = 0;
    int skipped = 0;
    for (int i = 0; i < results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = results->topLevelItem(i);
        if (item->flags() & Qt::ItemIsUserCheckable) {
            ++accounts;
            QCOMPARE(item->checkState(0), Qt::Checked);
        } else {
            ++skipped;
            QVERIFY2(item->text(0).contains(QStringLiteral(" \u2014 not imported: ")), qPrintable(item->text(0)));
        }
    }
    QVERIFY2(accounts > 0, qPrintable(dialog.outcome()));
    QVERIFY(skipped > 0); // the sample profile has an IMAP account, which is left out with its reason

    dialog.importChecked();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.outcome().contains(QLatin1String("added")), 30000);
    QVERIFY(dialog.outcome().contains(QLatin1String("Passwords are never imported")));
    QString error;
    auto profile = Store::Profile::open(profileDir, &error);
    QVERIFY2(profile, qPrintable(error));
    QCOMPARE(int(profile->accounts().all().size()), accounts);
}

QTEST_MAIN(TestImportDialog)
#include "tst_import_dialog.moc"
