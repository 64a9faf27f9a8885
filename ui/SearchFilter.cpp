#include "SearchFilter.h"

#include "MessageView.h"
#include "UiLogging.h"
#include "store/SearchIndex.h"

#include <QHeaderView>
#include <QLineEdit>

namespace Poplar::Ui {

SearchFilter::SearchFilter(QLineEdit *box, MessageView *view, Store::MessageStore *store, QObject *parent)
    : QObject(parent), m_box(box), m_view(view), m_store(store)
{
    m_box->setPlaceholderText(tr("Search: words, \"a phrase\", from:, subject: (Ctrl+F)"));
    m_box->setToolTip(tr("Every word must occur, in the sender, recipients, subject or text, accents and case "
                         "ignored. \"Quotes\" find a phrase, word* finds words beginning so, and from:, to:, "
                         "subject: or body: before a word or phrase look only there."));
    m_typing.setSingleShot(true);
    m_typing.setInterval(DelayMs);
    connect(&m_typing, &QTimer::timeout, this, [this] { run(true); });
    // Rows arrive and change in bursts while a sync runs: one search after each burst.
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(500);
    connect(&m_refresh, &QTimer::timeout, this, [this] { run(m_byRelevance); });
    connect(m_box, &QLineEdit::textChanged, this, &SearchFilter::onTextChanged);
    QAbstractItemModel *model = m_view->sourceModel();
    connect(model, &QAbstractItemModel::modelReset, this, &SearchFilter::scheduleRefresh);
    connect(model, &QAbstractItemModel::rowsInserted, this, &SearchFilter::scheduleRefresh);
    connect(model, &QAbstractItemModel::dataChanged, this, &SearchFilter::scheduleRefresh);
    connect(m_view->header(), &QHeaderView::sortIndicatorChanged, this, [this] {
        m_byRelevance = false;
        m_view->proxy()->setRelevanceOrder(false);
    });
}

void SearchFilter::onTextChanged(const QString &text)
{
    m_refresh.stop();
    if (text.trimmed().isEmpty()) {
        m_typing.stop();
        run(false);
        return;
    }
    // Sender and subject at once; the index when typing pauses.
    m_view->proxy()->setSearch(text, m_found, m_byRelevance);
    m_typing.start();
}

void SearchFilter::scheduleRefresh()
{
    if (!m_box->text().trimmed().isEmpty() && !m_typing.isActive())
        m_refresh.start();
}

void SearchFilter::searchNow()
{
    m_typing.stop();
    run(true);
}

void SearchFilter::run(bool byRelevance)
{
    const QString text = m_box->text();
    const Store::SearchQuery query = Store::parseSearchQuery(text, Store::LastWord::Prefix);
    m_found.clear();
    const qint64 accountId = m_view->sourceModel()->accountId();
    if (m_store && accountId && !query.isEmpty()) {
        // Row ids are enough: the list knows its rows' ids, and other accounts' ids match none of them.
        auto found = Store::SearchIndex(*m_store).rankedIds(query);
        if (!found)
            qCWarning(Log::ui) << "search failed:" << found.error();
        m_found = std::move(found).value();
    }
    m_byRelevance = byRelevance && !text.trimmed().isEmpty();
    m_view->proxy()->setSearch(text.trimmed().isEmpty() ? QString() : text, m_found, m_byRelevance);
    if (query.highlightTerms != m_terms) {
        m_terms = query.highlightTerms;
        emit highlightTermsChanged(m_terms);
    }
}

} // namespace Poplar::Ui
