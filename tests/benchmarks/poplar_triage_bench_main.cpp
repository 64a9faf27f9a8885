// Triage's cost: 20 rules plus the spam hints over 10,000 previews, and bogofilter over 2,000
// previews (trained on a small labelled set in a private word list). Prints medians of 5 runs.
#include "triage/Classifier.h"
#include "triage/Triager.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace Poplar;
using namespace Poplar::Triage;

namespace {

QByteArray preview(int i)
{
    const QByteArray n = QByteArray::number(i);
    QByteArray h = "Return-Path: <bounce" + n + "@mail.example.net>\r\n"
                   "Received: from mx" + n + ".example.net (mx.example.net [192.0.2.1]) by pop.example.org\r\n"
                   "Authentication-Results: pop.example.org; spf=pass smtp.mailfrom=example.net; dkim=pass\r\n"
                   "Message-ID: <" + n + "@mail.example.net>\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\n"
                   "From: Sender " + n + " <sender" + n + "@example.net>\r\nTo: me@example.org\r\n"
                   "Subject: Message number " + n + " about the weekly plans\r\n"
                   "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n";
    if (i % 7 == 0)
        h += "List-Id: News <news.example.net>\r\n";
    if (i % 11 == 0)
        h += "X-Spam-Flag: YES\r\nReply-To: claims@elsewhere.example\r\n";
    return h + "\r\nHello, these are the first lines of message " + n + ".\r\nThe plans for the week follow.\r\n";
}

QVector<Rule> twentyRules()
{
    QVector<Rule> rules;
    const QStringList domains{"a.example", "b.example", "c.example", "d.example", "e.example"};
    for (int i = 0; i < 20; ++i) {
        Rule r;
        r.name = QStringLiteral("rule %1").arg(i);
        switch (i % 5) {
        case 0: r.conditions = {{"sender-domain", Operator::Is, domains.at(i / 5), false}}; break;
        case 1: r.conditions = {{"subject", Operator::Contains, QStringLiteral("lottery %1").arg(i), false}}; break;
        case 2: r.conditions = {{"subject", Operator::Matches, QStringLiteral("^win\\s+%1").arg(i), false}}; break;
        case 3: r.conditions = {{"list-id", Operator::Contains, QStringLiteral("list%1.example").arg(i), false},
                                {"size", Operator::Greater, "1000000", false}}; break;
        case 4: r.conditions = {{"x-mailer", Operator::Contains, QStringLiteral("bulk%1").arg(i), false}}; break;
        }
        r.action = Action::MarkSpam;
        rules.append(r);
    }
    return rules;
}

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QVector<QByteArray> previews;
    for (int i = 0; i < 10000; ++i)
        previews.append(preview(i));
    const RuleSet rules(twentyRules());
    SenderLists lists;
    lists.add(ListKind::Friends, QStringLiteral("friends.example"));
    lists.add(ListKind::Blocklist, QStringLiteral("blocked.example"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVector<double> runs;
    int spam = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        spam = 0;
        for (const QByteArray &p : std::as_const(previews)) {
            MessageFacts facts(p, p.size());
            spam += judgeMessage(facts, lists, rules, 1, {}, 0, QString(), now).mark.spam ? 1 : 0;
        }
        runs.append(t.nsecsElapsed() / 1e6);
    }
    out << "rules+hints: 20 rules over 10,000 previews: " << median(runs) << " ms (median of 5; " << spam
        << " judged spam)" << Qt::endl;

    if (QStandardPaths::findExecutable(QStringLiteral("bogofilter")).isEmpty()) {
        out << "classifier: bogofilter not installed, skipped" << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    Classifier classifier(classifierConfig(QString(), dir.path()));
    auto wait = [&](auto start) {
        bool done = false;
        start([&] { done = true; });
        while (!done)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    };
    QVector<QByteArray> spamSet, hamSet;
    for (int i = 0; i < 50; ++i) {
        spamSet.append(preview(i * 11));
        hamSet.append(preview(i * 11 + 1));
    }
    wait([&](auto finished) { classifier.train(spamSet, true, false, [finished](bool, const QString &) { finished(); }); });
    wait([&](auto finished) { classifier.train(hamSet, false, false, [finished](bool, const QString &) { finished(); }); });
    const QVector<QByteArray> batch = previews.mid(0, 2000);
    runs.clear();
    int judged = 0;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        wait([&](auto finished) {
            classifier.classify(batch, [&, finished](const QVector<ClassifierVerdict> &v) {
                judged = int(std::count_if(v.begin(), v.end(), [](const ClassifierVerdict &x) {
                    return x.kind != ClassifierVerdict::Kind::Unknown;
                }));
                finished();
            });
        });
        runs.append(t.nsecsElapsed() / 1e6);
    }
    out << "classifier: bogofilter over 2,000 previews: " << median(runs) << " ms (median of 5; " << judged
        << " verdicts)" << Qt::endl;
    return 0;
}
