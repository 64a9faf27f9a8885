// The UI follows the system locale: run with LANGUAGE/LC_ALL/LANG set to German (see
// CMakeLists.txt), the translators poplar installs make the main window and poplar-sync speak German.
// English, C and POSIX, and every language Poplar lacks, get the English plural forms.
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProcessEnvironment>
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
    void englishPlurals_data();
    void englishPlurals();
    void poplarSyncSpeaksEnglishPluralsInTheCLocale_data();
    void poplarSyncSpeaksEnglishPluralsInTheCLocale();
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
    QCOMPARE(I18n::availableLanguages(), (QStringList{"de", "en", "es", "fr", "ja", "zh_CN"}));
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

void TestI18n::englishPlurals_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<bool>("ownTranslation");
    QTest::newRow("C") << QLocale::c() << false;
    QTest::newRow("POSIX") << QLocale(QStringLiteral("POSIX")) << false;
    QTest::newRow("en_US") << QLocale(QStringLiteral("en_US")) << true;
    QTest::newRow("en_GB") << QLocale(QStringLiteral("en_GB")) << true;
    QTest::newRow("pt_BR, which Poplar lacks") << QLocale(QStringLiteral("pt_BR")) << false;
}

void TestI18n::englishPlurals()
{
    QFETCH(QLocale, locale);
    QFETCH(bool, ownTranslation);
    QTranslator translator;
    QCOMPARE(I18n::loadTranslation(translator, locale), ownTranslation);
    QCOMPARE(QFileInfo(translator.filePath()).fileName(), QStringLiteral("poplar_en.qm"));
    QCOMPARE(translator.language(), QStringLiteral("en_US"));
    // Plural forms only: every other text stays the source's.
    QVERIFY(translator.translate("Poplar::Ui::MainWindow", "&Check").isEmpty());

    // Installed as poplar installs it, in front of the German one initTestCase installed.
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto blocked = [](int n) {
        return QCoreApplication::translate("Poplar::Ui::PreviewPane", "Remote content was blocked (%n item(s)).", nullptr, n);
    };
    const auto newMail = [](int n) {
        return QCoreApplication::translate("Poplar::Ui::MainWindow", "%n new message(s) in %1", nullptr, n).arg(QStringLiteral("Work"));
    };
    QCOMPARE(blocked(1), QStringLiteral("Remote content was blocked (1 item)."));
    QCOMPARE(blocked(2), QStringLiteral("Remote content was blocked (2 items)."));
    QCOMPARE(blocked(0), QStringLiteral("Remote content was blocked (0 items)."));
    QCOMPARE(newMail(1), QStringLiteral("1 new message in Work"));
    QCOMPARE(newMail(3), QStringLiteral("3 new messages in Work"));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

void TestI18n::poplarSyncSpeaksEnglishPluralsInTheCLocale_data()
{
    // What CI and scripts run in: "0 messages exported", no longer "0 message(s) exported".
    QTest::addColumn<QString>("locale");
    QTest::newRow("C") << QStringLiteral("C");
    QTest::newRow("C.UTF-8") << QStringLiteral("C.UTF-8");
    QTest::newRow("POSIX") << QStringLiteral("POSIX");
}

void TestI18n::poplarSyncSpeaksEnglishPluralsInTheCLocale()
{
    QFETCH(QString, locale);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LANGUAGE"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANG"), locale);
    QTemporaryDir profile;
    const auto run = [&](const QStringList &arguments) {
        QProcess tool;
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral(POPLAR_SYNC_PATH), QStringList{QStringLiteral("--profile"), profile.path()} + arguments);
        if (!tool.waitForFinished(30000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
            return QStringLiteral("failed: ") + QString::fromUtf8(tool.readAllStandardError());
        return QString::fromUtf8(tool.readAllStandardOutput()).trimmed();
    };
    const QString added = run({QStringLiteral("account"), QStringLiteral("add"), QStringLiteral("work"), QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--user"), QStringLiteral("u"),
                               QStringLiteral("--password-command"), QStringLiteral("echo p")});
    QVERIFY2(!added.startsWith(QLatin1String("failed")), qPrintable(added));
    QTemporaryDir folder;
    QCOMPARE(run({QStringLiteral("export"), QStringLiteral("work"), QStringLiteral("--to"), folder.path()}),
             QStringLiteral("0 messages exported"));
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
    QCOMPARE(filter->placeholderText(), QStringLiteral("Suchen: Wörter, \"eine Wortfolge\", from:, subject: (Strg+F)"));
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
