#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QVector>

#include <functional>

class QProcess;

namespace Poplar::Triage {

/// A trainable spam classifier run as a program, never one of Poplar's own. The contract is
/// bogofilter's: a message on standard input; exit status 0 spam, 1 not spam (ham), 2 unsure,
/// anything else an error. bogofilter itself is run in its mbox mode so that one process judges
/// (or learns) a whole batch.
struct ClassifierConfig {
    enum class Kind {
        None,       ///< no classifier: hints and rules alone
        Bogofilter, ///< bogofilter with its word list in `wordlistDir`
        Command,    ///< shell commands with the contract above (spamc -c, rspamc wrappers, ...)
    };
    Kind kind = Kind::None;
    QString program = QStringLiteral("bogofilter"); ///< Bogofilter: the program to run
    QString wordlistDir;    ///< Bogofilter: its -d directory (created when missing)
    QString classifyCommand; ///< Command: judges one message (exit status as above)
    QString spamCommand;    ///< Command: learns one message as spam (exit 0 when done)
    QString hamCommand;     ///< Command: learns one message as not spam
    /// A readable name, e.g. "bogofilter", for reasons and the status line.
    QString name() const;
};

/// The setting string stored per profile (Setting::ClassifierCommand) as a configuration:
/// "" (bogofilter when it is installed), "none", "bogofilter", or
/// "command:CLASSIFY\nSPAM\nHAM" (three shell commands). `profileDir` holds bogofilter's word list.
ClassifierConfig classifierConfig(const QString &setting, const QString &profileDir);

/// What the classifier said of one message.
struct ClassifierVerdict {
    enum class Kind { Unknown, Spam, Ham, Unsure };
    Kind kind = Kind::Unknown; ///< Unknown: not run, not trained yet, or it failed
    double spamicity = -1;     ///< bogofilter's score in [0, 1]; -1 when not given
};

/// Messages as bogofilter's mbox mode reads them: each after a "From " line, lines that would
/// look like one escaped (mboxrd), each ending with an empty line.
QByteArray mboxForClassifier(const QVector<QByteArray> &messages);
/// bogofilter -T output (one "S 0.99" / "H 0.01" / "U 0.5" line per message) as verdicts.
QVector<ClassifierVerdict> parseTerseVerdicts(const QByteArray &output, int count);

/// Runs the configured classifier asynchronously (QProcess, signals only). One request at a time;
/// a request made while one runs waits for it.
class Classifier : public QObject {
    Q_OBJECT
public:
    explicit Classifier(ClassifierConfig config, QObject *parent = nullptr);
    ~Classifier() override;

    const ClassifierConfig &config() const { return m_config; }
    bool isEnabled() const { return m_config.kind != ClassifierConfig::Kind::None; }

    using VerdictsHandler = std::function<void(const QVector<ClassifierVerdict> &)>;
    using TrainHandler = std::function<void(bool ok, const QString &error)>;

    /// Judges `messages` (previews); `done` gets one verdict per message, Unknown where it could not.
    void classify(const QVector<QByteArray> &messages, VerdictsHandler done);
    /// Learns `messages` as spam (or not). With `undoOpposite` they were learnt the other way
    /// before, and that is taken back first (bogofilter -Ns / -Sn).
    void train(const QVector<QByteArray> &messages, bool spam, bool undoOpposite, TrainHandler done);

private:
    struct Job;
    void startNext();
    void runCommand(const QString &command, const QByteArray &input, std::function<void(int, const QByteArray &)> done);
    void runProgram(const QStringList &arguments, const QByteArray &input, std::function<void(int, const QByteArray &)> done);
    void classifyEach(std::shared_ptr<QVector<QByteArray>> messages, std::shared_ptr<QVector<ClassifierVerdict>> verdicts,
                      int index, VerdictsHandler done);
    void trainEach(std::shared_ptr<QVector<QByteArray>> messages, QString command, int index, TrainHandler done);

    ClassifierConfig m_config;
    QVector<std::function<void()>> m_queue;
    bool m_busy = false;
};

} // namespace Poplar::Triage
