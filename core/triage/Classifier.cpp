#include "triage/Classifier.h"

#include "log/Logging.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

namespace Poplar::Triage {

namespace {

/// The longest a classifier run may take before it is stopped and counted as failed.
constexpr int ClassifierDeadlineMs = 120 * 1000;
/// The most output read from it: bogofilter writes a short line per message.
constexpr qsizetype MaxOutputBytes = 4 * 1024 * 1024;

} // namespace

QString ClassifierConfig::name() const
{
    switch (kind) {
    case Kind::None: return QString();
    case Kind::Bogofilter: return QStringLiteral("bogofilter");
    case Kind::Command: return classifyCommand.section(QLatin1Char(' '), 0, 0);
    }
    return {};
}

ClassifierConfig classifierConfig(const QString &setting, const QString &profileDir)
{
    ClassifierConfig config;
    config.wordlistDir = QDir(profileDir).filePath(QStringLiteral("bogofilter"));
    if (setting == QLatin1String("none"))
        return config;
    if (setting.startsWith(QLatin1String("command:"))) {
        const QStringList commands = setting.mid(8).split(QLatin1Char('\n'));
        config.kind = ClassifierConfig::Kind::Command;
        config.classifyCommand = commands.value(0).trimmed();
        config.spamCommand = commands.value(1).trimmed();
        config.hamCommand = commands.value(2).trimmed();
        if (config.classifyCommand.isEmpty())
            config.kind = ClassifierConfig::Kind::None;
        return config;
    }
    const QString program = QStandardPaths::findExecutable(QStringLiteral("bogofilter"));
    if (!program.isEmpty()) {
        config.kind = ClassifierConfig::Kind::Bogofilter;
        config.program = program;
    }
    return config;
}

QByteArray mboxForClassifier(const QVector<QByteArray> &messages)
{
    QByteArray out;
    for (const QByteArray &message : messages) {
        out += "From poplar@localhost Thu Jan  1 00:00:00 1970\n";
        QByteArray text = message;
        text.replace("\r\n", "\n");
        for (const QByteArray &line : text.split('\n')) {
            qsizetype i = 0;
            while (i < line.size() && line.at(i) == '>')
                ++i;
            if (line.mid(i).startsWith("From "))
                out += '>';
            out += line;
            out += '\n';
        }
        out += '\n';
    }
    return out;
}

QVector<ClassifierVerdict> parseTerseVerdicts(const QByteArray &output, int count)
{
    QVector<ClassifierVerdict> verdicts;
    for (const QByteArray &line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.isEmpty() || parts.first().isEmpty())
            continue;
        ClassifierVerdict v;
        const QByteArray letter = parts.first();
        v.kind = letter == "S" ? ClassifierVerdict::Kind::Spam
                 : letter == "H" ? ClassifierVerdict::Kind::Ham
                 : letter == "U" ? ClassifierVerdict::Kind::Unsure
                                 : ClassifierVerdict::Kind::Unknown;
        bool ok = false;
        const double score = parts.value(1).toDouble(&ok);
        v.spamicity = ok ? qBound(0.0, score, 1.0) : -1;
        verdicts.append(v);
    }
    if (verdicts.size() != count) // out of step: trust none of it
        return QVector<ClassifierVerdict>(count);
    return verdicts;
}

Classifier::Classifier(ClassifierConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

Classifier::~Classifier() = default;

void Classifier::startNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    m_busy = true;
    const auto job = m_queue.takeFirst();
    job();
}

void Classifier::runProgram(const QStringList &arguments, const QByteArray &input,
                            std::function<void(int, const QByteArray &)> done)
{
    auto *process = new QProcess(this);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    auto output = std::make_shared<QByteArray>();
    auto ended = std::make_shared<bool>(false);
    // Once only: errorOccurred and finished may both arrive. The process goes later, with its
    // connections, so nothing here is destroyed while it runs.
    const auto finish = [this, process, output, done, ended](int code) {
        if (*ended)
            return;
        *ended = true;
        process->deleteLater();
        done(code, *output);
        m_busy = false;
        startNext();
    };
    connect(process, &QProcess::readyReadStandardOutput, process, [process, output] {
        const QByteArray chunk = process->readAllStandardOutput();
        if (output->size() < MaxOutputBytes)
            output->append(chunk.left(MaxOutputBytes - output->size()));
    });
    connect(process, &QProcess::finished, process, [process, finish](int code, QProcess::ExitStatus status) {
        process->readAllStandardError(); // bogofilter's complaints matter only through its exit status
        finish(status == QProcess::NormalExit ? code : -1);
    });
    connect(process, &QProcess::errorOccurred, process, [finish](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1);
    });
    connect(deadline, &QTimer::timeout, process, [process] { process->kill(); });
    deadline->start(ClassifierDeadlineMs);
    process->setProcessChannelMode(QProcess::SeparateChannels);
    process->start(arguments.first(), arguments.mid(1));
    process->write(input);
    process->closeWriteChannel();
}

void Classifier::runCommand(const QString &command, const QByteArray &input, std::function<void(int, const QByteArray &)> done)
{
    runProgram({QStringLiteral("/bin/sh"), QStringLiteral("-c"), command}, input, std::move(done));
}

void Classifier::classify(const QVector<QByteArray> &messages, VerdictsHandler done)
{
    if (!isEnabled() || messages.isEmpty()) {
        const int count = int(messages.size());
        QMetaObject::invokeMethod(this, [done, count] { done(QVector<ClassifierVerdict>(count)); }, Qt::QueuedConnection);
        return;
    }
    m_queue.append([this, messages, done] {
        if (m_config.kind == ClassifierConfig::Kind::Bogofilter) {
            const int count = int(messages.size());
            runProgram({m_config.program, QStringLiteral("-C"), QStringLiteral("-d"), m_config.wordlistDir,
                        QStringLiteral("-M"), QStringLiteral("-T")},
                       mboxForClassifier(messages), [done, count](int code, const QByteArray &output) {
                           // 0, 1, 2: the last message's verdict; 3 (no word list yet) and others: none.
                           done(code >= 0 && code <= 2 ? parseTerseVerdicts(output, count)
                                                       : QVector<ClassifierVerdict>(count));
                       });
            return;
        }
        auto all = std::make_shared<QVector<QByteArray>>(messages);
        auto verdicts = std::make_shared<QVector<ClassifierVerdict>>(messages.size());
        classifyEach(all, verdicts, 0, done);
    });
    startNext();
}

void Classifier::classifyEach(std::shared_ptr<QVector<QByteArray>> messages,
                              std::shared_ptr<QVector<ClassifierVerdict>> verdicts, int index, VerdictsHandler done)
{
    // One process per message: the busy flag stays set across them, the next starts from the last's end.
    runCommand(m_config.classifyCommand, messages->at(index), [=](int code, const QByteArray &) {
        ClassifierVerdict &v = (*verdicts)[index];
        v.kind = code == 0 ? ClassifierVerdict::Kind::Spam
                 : code == 1 ? ClassifierVerdict::Kind::Ham
                 : code == 2 ? ClassifierVerdict::Kind::Unsure
                             : ClassifierVerdict::Kind::Unknown;
        if (index + 1 < messages->size()) {
            m_queue.prepend([=] { classifyEach(messages, verdicts, index + 1, done); });
            return;
        }
        done(*verdicts);
    });
}

void Classifier::train(const QVector<QByteArray> &messages, bool spam, bool undoOpposite, TrainHandler done)
{
    if (!isEnabled() || messages.isEmpty()) {
        QMetaObject::invokeMethod(this, [done, enabled = isEnabled()] {
            done(enabled, enabled ? QString() : tr("no spam classifier is set up"));
        }, Qt::QueuedConnection);
        return;
    }
    m_queue.append([this, messages, spam, undoOpposite, done] {
        if (m_config.kind == ClassifierConfig::Kind::Bogofilter) {
            QDir().mkpath(m_config.wordlistDir);
            const QString flags = undoOpposite ? (spam ? QStringLiteral("-Ns") : QStringLiteral("-Sn"))
                                               : (spam ? QStringLiteral("-s") : QStringLiteral("-n"));
            runProgram({m_config.program, QStringLiteral("-C"), QStringLiteral("-d"), m_config.wordlistDir,
                        QStringLiteral("-M"), flags},
                       mboxForClassifier(messages), [done](int code, const QByteArray &) {
                           done(code == 0, code == 0 ? QString() : tr("bogofilter failed to learn (exit status %1)").arg(code));
                       });
            return;
        }
        const QString command = spam ? m_config.spamCommand : m_config.hamCommand;
        if (command.isEmpty()) {
            done(false, tr("no training command is set up"));
            m_busy = false;
            startNext();
            return;
        }
        trainEach(std::make_shared<QVector<QByteArray>>(messages), command, 0, done);
    });
    startNext();
}

void Classifier::trainEach(std::shared_ptr<QVector<QByteArray>> messages, QString command, int index, TrainHandler done)
{
    runCommand(command, messages->at(index), [=](int code, const QByteArray &) {
        if (code != 0) {
            done(false, tr("the training command failed (exit status %1)").arg(code));
            return;
        }
        if (index + 1 < messages->size()) {
            m_queue.prepend([=] { trainEach(messages, command, index + 1, done); });
            return;
        }
        done(true, QString());
    });
}

} // namespace Poplar::Triage
