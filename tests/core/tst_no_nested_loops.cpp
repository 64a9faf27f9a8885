// Nothing outside the tests waits in a nested event loop: no QEventLoop, no exec() of a dialog,
// menu or loop, no processEvents(), no blocking waitFor*() of sockets and processes. Such a wait
// lets every other event run inside it (a check ends the wait of an export, a quit request
// arrives while a dialog is open) and freezes the thread if what it waits for never comes.
// exec() of a QSqlQuery or QSqlDatabase (SQL, not a loop) and the one event loop of each
// program's main() are not nested loops; everything else needs an entry in the allow-list.

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

/// Calls that are allowed, with the reason. Keep it short.
struct Allowed {
    const char *file;    ///< relative to the source root
    const char *call;    ///< the text of the call, as it appears on its line
    const char *because;
};
const Allowed AllowList[] = {
    {"ui/MessageView.cpp", "drag->exec(",
     "QDrag::exec: Qt's drag and drop has no other form; the user ends it by dropping"},
    {"app/poplar_main.cpp", "app.exec(", "the application's own event loop, not a nested one"},
    {"app/sync/poplar_sync_main.cpp", "app.exec(", "poplar-sync's own event loop, not a nested one"},
};

/// Names declared in `text` as a QSqlQuery or QSqlDatabase: their exec() runs SQL.
QSet<QString> sqlNames(const QString &text)
{
    QSet<QString> names;
    static const QRegularExpression declaration(QStringLiteral(R"(\bQSql(?:Query|Database)\s+(\w+))"));
    for (auto it = declaration.globalMatch(text); it.hasNext();)
        names.insert(it.next().captured(1));
    return names;
}

bool allowed(const QString &file, const QString &line)
{
    for (const Allowed &a : AllowList) {
        if (file == QLatin1String(a.file) && line.contains(QLatin1String(a.call)))
            return true;
    }
    return false;
}

/// Every nested wait in the program's sources, as "file:line: text".
QStringList nestedWaits(const QString &root)
{
    static const QRegularExpression loop(QStringLiteral(R"(\bQEventLoop\b|\bprocessEvents\s*\(|\bwaitFor\w*\s*\()"));
    static const QRegularExpression exec(QStringLiteral(R"((\w+)\s*(?:\.|->)\s*exec\s*\(|\b(?:QDialog|QMessageBox|QMenu|QDrag)::exec\s*\()"));
    QStringList found;
    for (const char *dir : {"core", "ui", "app"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = path.mid(root.size() + 1);
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return {QStringLiteral("cannot read ") + relative};
            const QString text = QString::fromUtf8(file.readAll());
            const QSet<QString> sql = sqlNames(text);
            const QStringList lines = text.split(QLatin1Char('\n'));
            for (int i = 0; i < lines.size(); ++i) {
                const QString &line = lines.at(i);
                if (line.trimmed().startsWith(QLatin1String("//")) || line.trimmed().startsWith(QLatin1String("///")))
                    continue;
                bool bad = loop.match(line).hasMatch();
                for (auto m = exec.globalMatch(line); m.hasNext();) {
                    const auto match = m.next();
                    if (match.captured(1).isEmpty() || !sql.contains(match.captured(1)))
                        bad = true;
                }
                if (bad && !allowed(relative, line))
                    found << QStringLiteral("%1:%2: %3").arg(relative).arg(i + 1).arg(line.trimmed());
            }
        }
    }
    return found;
}

} // namespace

class TestNoNestedLoops : public QObject {
    Q_OBJECT
private slots:
    void theSourcesHaveNone();
    void theCheckFindsThem_data();
    void theCheckFindsThem();
};

void TestNoNestedLoops::theSourcesHaveNone()
{
    const QStringList found = nestedWaits(QStringLiteral(POPLAR_SOURCE_DIR));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
}

void TestNoNestedLoops::theCheckFindsThem_data()
{
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<bool>("nested");
    QTest::newRow("QEventLoop") << QByteArray("    QEventLoop loop;\n") << true;
    QTest::newRow("loop.exec()") << QByteArray("    loop.exec();\n") << true;
    QTest::newRow("dialog exec") << QByteArray("    if (dialog->exec() == QDialog::Accepted)\n") << true;
    QTest::newRow("menu exec") << QByteArray("    menu.exec(QCursor::pos());\n") << true;
    QTest::newRow("waitForFinished") << QByteArray("    process.waitForFinished(5000);\n") << true;
    QTest::newRow("waitForReadyRead") << QByteArray("    if (!socket.waitForReadyRead(100))\n") << true;
    QTest::newRow("processEvents") << QByteArray("    QCoreApplication::processEvents();\n") << true;
    QTest::newRow("SQL query") << QByteArray("    QSqlQuery query(db);\n    if (!query.exec())\n") << false;
    QTest::newRow("SQL database") << QByteArray("    QSqlDatabase db = open();\n    db.exec(sql);\n") << false;
    QTest::newRow("a comment") << QByteArray("    // no QEventLoop here\n") << false;
    QTest::newRow("open()") << QByteArray("    dialog->open();\n") << false;
}

/// The check itself: it finds each kind of nested wait in a file of its own, and leaves SQL alone.
void TestNoNestedLoops::theCheckFindsThem()
{
    QFETCH(QByteArray, source);
    QFETCH(bool, nested);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    QVERIFY(QDir(root.path()).mkpath(QStringLiteral("core")));
    QFile file(root.filePath(QStringLiteral("core/Example.cpp")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(source);
    file.close();
    QCOMPARE(!nestedWaits(root.path()).isEmpty(), nested);
}

QTEST_GUILESS_MAIN(TestNoNestedLoops)
#include "tst_no_nested_loops.moc"
