// Exported file names come from subjects, which any sender controls: whatever the subject, the
// name stays inside the chosen folder, is a name the file system accepts, and is not a device
// name on Windows (exports are often copied there).

#include "store/Export.h"
#include "store/MessageStore.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Poplar;

namespace {

/// Why `name` is unsafe as a file name in `folder`, or an empty string.
QString problemWith(const QString &name, const QString &folder)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        return QStringLiteral("empty or a directory reference");
    for (const QChar c : name) {
        if (c == QLatin1Char('/') || c == QLatin1Char('\\') || c.unicode() == 0 || c.unicode() < 0x20)
            return QStringLiteral("contains U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    if (name.startsWith(QLatin1Char('.')))
        return QStringLiteral("hidden (leading dot)");
    if (!name.endsWith(QLatin1String(".eml")))
        return QStringLiteral("does not end in .eml");
    const QString path = QDir(folder).filePath(name);
    if (QDir::cleanPath(QFileInfo(path).absolutePath()) != QDir::cleanPath(QFileInfo(folder).absoluteFilePath()))
        return QStringLiteral("resolves outside the folder: %1").arg(QDir::cleanPath(path));
    return {};
}

/// The part of a name Windows compares against its device names: up to the first dot, without
/// trailing spaces. "CON.txt.eml" opens the console there.
bool isWindowsDeviceName(const QString &name)
{
    static const QRegularExpression device(
        QStringLiteral("^(CON|PRN|AUX|NUL|COM[0-9\u00b9\u00b2\u00b3]|LPT[0-9\u00b9\u00b2\u00b3]) *$"),
        QRegularExpression::CaseInsensitiveOption);
    return device.match(name.section(QLatin1Char('.'), 0, 0)).hasMatch();
}

} // namespace

class TestExportNames : public QObject {
    Q_OBJECT
private slots:
    void staysInsideTheFolder_data();
    void staysInsideTheFolder();
    void notAWindowsDevice_data();
    void notAWindowsDevice();
    void manyDuplicatesStayUniqueAndShort();
    void exportToFolderWritesOnlyInside();
};

void TestExportNames::staysInsideTheFolder_data()
{
    QTest::addColumn<QString>("subject");
    QTest::newRow("..") << QStringLiteral("..");
    QTest::newRow(".") << QStringLiteral(".");
    QTest::newRow("...") << QStringLiteral("...");
    QTest::newRow("../ prefix") << QStringLiteral("../../../../etc/passwd");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    QTest::newRow("absolute, trailing slash") << QStringLiteral("/tmp/");
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\Windows\\System32\\evil");
    QTest::newRow("drive letter") << QStringLiteral("C:\\autoexec.bat");
    QTest::newRow("UNC") << QStringLiteral("\\\\server\\share\\x");
    QTest::newRow("a/../../b") << QStringLiteral("a/../../b");
    QTest::newRow("....//....//") << QStringLiteral("....//....//x");
    QTest::newRow("NUL inside") << QStringLiteral("safe") + QChar(0) + QStringLiteral("/../../etc/passwd");
    QTest::newRow("only NUL") << QString(QChar(0));
    QTest::newRow("line breaks") << QStringLiteral("a\r\nb\n../c\t");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tilde") << QStringLiteral("~/.bashrc");
    QTest::newRow("hidden") << QStringLiteral(".bashrc");
    QTest::newRow("right-to-left override") << QStringLiteral("invoice\u202Egpj.exe");
    QTest::newRow("division slash") << QStringLiteral("..\u2215..\u2215etc");
    QTest::newRow("fullwidth") << QStringLiteral("\uff0e\uff0e\uff0f\uff0e\uff0e");
    QTest::newRow("10000 characters") << QString(10000, QLatin1Char('x'));
    QTest::newRow("300 CJK characters") << QString(300, QChar(0x4e2d));
    QTest::newRow("200 emoji") << QString::fromUtf8(QByteArray("\xF0\x9F\x93\xA7").repeated(200));
    QTest::newRow("long, dots at the cut") << QString(109, QLatin1Char('a')) + QStringLiteral("../../x");
    QTest::newRow("Re: with slashes") << QStringLiteral("Re: 50/50 split? <urgent> \"ok\" | yes*");
}

void TestExportNames::staysInsideTheFolder()
{
    QFETCH(QString, subject);
    QTemporaryDir folder;
    QSet<QString> taken;
    const QString name = Store::exportFileName(subject, taken);
    const QString problem = problemWith(name, folder.path());
    QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral(": ") + name));
    // The file system must accept it, and the file must land in the folder itself.
    QFile file(QDir(folder.path()).filePath(name));
    QVERIFY2(file.open(QIODevice::WriteOnly),
             qPrintable(QStringLiteral("cannot create \"%1\" (%2 bytes in UTF-8): %3")
                            .arg(name).arg(QFile::encodeName(name).size()).arg(file.errorString())));
    file.close();
    QCOMPARE(QFileInfo(file.fileName()).canonicalPath(), QFileInfo(folder.path()).canonicalFilePath());
    QCOMPARE(QDir(folder.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name); // no lone surrogate from a cut in the middle
}

void TestExportNames::notAWindowsDevice_data()
{
    QTest::addColumn<QString>("subject");
    for (const char *s : {"CON", "con", "Nul", "PRN", "AUX", "COM1", "com9", "LPT1", "lpt9", "CON ", " NUL.",
                          "CON.txt", "nul.tar.gz", "AUX.eml", "COM1.pdf"})
        QTest::newRow(s) << QString::fromLatin1(s);
    QTest::newRow("COM superscript one") << QStringLiteral("COM\u00b9");
}

void TestExportNames::notAWindowsDevice()
{
    QFETCH(QString, subject);
    QSet<QString> taken;
    const QString name = Store::exportFileName(subject, taken);
    QVERIFY2(!isWindowsDeviceName(name), qPrintable(name));
}

void TestExportNames::manyDuplicatesStayUniqueAndShort()
{
    QSet<QString> taken;
    QSet<QString> seen;
    const QString subject = QString(200, QLatin1Char('s'));
    for (int i = 0; i < 1200; ++i) {
        const QString name = Store::exportFileName(i % 2 ? subject : subject.toUpper(), taken);
        QVERIFY2(!seen.contains(name.toLower()), qPrintable(name));
        seen.insert(name.toLower());
        QVERIFY2(name.size() <= 120, qPrintable(QStringLiteral("%1 characters: %2").arg(name.size()).arg(name)));
    }
}

void TestExportNames::exportToFolderWritesOnlyInside()
{
    QTemporaryDir root;
    const QString folder = QDir(root.path()).filePath(QStringLiteral("export"));
    const QString raw = QDir(root.path()).filePath(QStringLiteral("raw.eml"));
    QFile rawFile(raw);
    QVERIFY(rawFile.open(QIODevice::WriteOnly));
    const QByteArray bytes = "Subject: x\r\n\r\nbody\r\n";
    rawFile.write(bytes);
    rawFile.close();
    QVector<Store::StoredMessage> messages;
    for (const QString &subject : {QStringLiteral("../escaped"), QStringLiteral("/etc/passwd"), QStringLiteral(".."),
                                   QStringLiteral("..\\..\\x"), QStringLiteral("CON"), QString(400, QChar(0x4e2d))}) {
        Store::StoredMessage m;
        m.summary.subject = subject;
        m.rawPath = raw;
        m.rawSize = bytes.size(); // as recorded at download: export checks the file against it
        m.downloadedAt = QDateTime::currentDateTimeUtc();
        messages.append(m);
    }
    QString error;
    const QStringList written = Store::exportToFolder(messages, folder, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(written.size(), messages.size());
    for (const QString &path : written)
        QCOMPARE(QFileInfo(path).canonicalPath(), QFileInfo(folder).canonicalFilePath());
    // Nothing appeared anywhere else.
    QCOMPARE(QDir(root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).size(), 2);
}

QTEST_GUILESS_MAIN(TestExportNames)
#include "tst_hostile_export_names.moc"
