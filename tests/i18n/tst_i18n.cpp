// The UI follows the system locale: run with LANGUAGE/LC_ALL/LANG set to German (see
// CMakeLists.txt), the translators poplar installs make the main window and poplar-sync speak German.
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Poplar;

class TestI18n : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void everyLanguageIsEmbedded_data();
    void everyLanguageIsEmbedded();
    void mainWindowSpeaksTheSystemLanguage();
    void poplarSyncSpeaksTheSystemLanguage();
};

void TestI18n::initTestCase()
{
    QCOMPARE(QLocale::system().language(), QLocale::German);
    QVERIFY(I18n::installTranslators(*QCoreApplication::instance()));
}

void TestI18n::everyLanguageIsEmbedded_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("check");
    QTest::newRow("de") << "de_DE" << QStringLiteral("&Abrufen");
    QTest::newRow("fr") << "fr_FR" << QStringLiteral("&Relever");
    QTest::newRow("es") << "es_ES" << QStringLiteral("&Comprobar");
    QTest::newRow("ja") << "ja_JP" << QStringLiteral("受信(&C)");
    QTest::newRow("zh_CN") << "zh_CN" << QStringLiteral("收取(&C)");
}

void TestI18n::everyLanguageIsEmbedded()
{
    QFETCH(QString, locale);
    QFETCH(QString, check);
    QCOMPARE(I18n::availableLanguages(), (QStringList{"de", "es", "fr", "ja", "zh_CN"}));
    QTranslator translator;
    QVERIFY(translator.load(QLocale(locale), QStringLiteral("poplar"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    QCOMPARE(translator.translate("Poplar::Ui::MainWindow", "&Check"), check);
    // Plurals: the count goes in, and languages with two forms pick the right one.
    const QString one = translator.translate("Poplar::Ui::MainWindow", "%n message(s) exported to %1", nullptr, 1);
    const QString many = translator.translate("Poplar::Ui::MainWindow", "%n message(s) exported to %1", nullptr, 5);
    QVERIFY2(one.contains(QLatin1String("%n")) && many.contains(QLatin1String("%n")), qPrintable(one + " / " + many));
    if (!locale.startsWith(QLatin1String("ja")) && !locale.startsWith(QLatin1String("zh")))
        QVERIFY2(one != many, qPrintable(one));
}

void TestI18n::mainWindowSpeaksTheSystemLanguage()
{
    QTemporaryDir profile;
    Ui::MainWindow window(profile.path());
    window.show();
    QCOMPARE(window.action(QStringLiteral("check"))->text(), QStringLiteral("&Abrufen"));
    QCOMPARE(window.action(QStringLiteral("addAccount"))->text(), QStringLiteral("Konto &hinzufügen …"));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    const auto *filter = window.findChild<QLineEdit *>();
    QVERIFY(filter);
    QCOMPARE(filter->placeholderText(), QStringLiteral("Nach Absender oder Betreff filtern (Strg+F)"));
    // Toolbar buttons drop the accelerator and the ellipsis.
    QCOMPARE(window.action(QStringLiteral("deleteOnServer"))->iconText(), QStringLiteral("Auf dem Server löschen"));
    // The shortcut strings stay parseable: Ctrl+D is still Ctrl+D.
    QCOMPARE(window.action(QStringLiteral("download"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_D));
}

void TestI18n::poplarSyncSpeaksTheSystemLanguage()
{
    QProcess tool;
    tool.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--help")});
    QVERIFY(tool.waitForFinished(30000));
    const QString help = QString::fromUtf8(tool.readAllStandardOutput());
    QVERIFY2(help.contains(QStringLiteral("Befehle:")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("Profilverzeichnis")), qPrintable(help));

    QTemporaryDir profile;
    tool.start(QStringLiteral(POPLAR_SYNC_PATH), {QStringLiteral("--profile"), profile.path(), QStringLiteral("nonsense")});
    QVERIFY(tool.waitForFinished(30000));
    QCOMPARE(tool.exitCode(), 2);
    const QString error = QString::fromUtf8(tool.readAllStandardError());
    QVERIFY2(error.contains(QStringLiteral("unbekannter oder fehlender Befehl")), qPrintable(error));
}

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
