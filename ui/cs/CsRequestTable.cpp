#include "CsRequestTable.h"

#include "CsRequestsModel.h"
#include "CsService.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cet {

CsRequestTable::CsRequestTable(CsService &service, QWidget *parent) : QWidget(parent), m_service(service)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_model = new CsRequestsModel(this);
    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAlternatingRowColors(true);
    layout->addWidget(m_view, 1);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CsRequestTable::currentChanged);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CsRequestTable::currentChanged);
    connect(&service, &CsService::requestsChanged, this, &CsRequestTable::refresh);
}

void CsRequestTable::setQuery(const QString &state, bool mine, Filter filter)
{
    m_state = state;
    m_mine = mine;
    m_filter = std::move(filter);
}

void CsRequestTable::setOwnUser(const QString &user)
{
    m_model->setOwnUser(user);
}

void CsRequestTable::setMultiSelection(bool on)
{
    m_view->setSelectionMode(on ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
}

void CsRequestTable::refresh()
{
    const qint64 keep = current() ? current()->id : 0;
    m_service.list(m_state, m_mine, this, [this, keep](const Result<QList<CsRequest>> &r) {
        if (!r) {
            m_message->setText(r.error().message);
            emit loaded();
            return;
        }
        QList<CsRequest> shown;
        for (const CsRequest &q : r.value()) {
            if (!m_filter || m_filter(q))
                shown << q;
        }
        m_model->setRequests(shown);
        m_view->resizeColumnsToContents();
        m_message->setText(shown.isEmpty() ? tr("No requests.") : tr("%n request(s).", nullptr, int(shown.size())));
        for (int row = 0; row < shown.size(); ++row) {
            if (shown.at(row).id == keep)
                m_view->selectRow(row);
        }
        emit currentChanged();
        emit loaded();
    });
}

const CsRequest *CsRequestTable::current() const
{
    const QModelIndex i = m_view->selectionModel()->currentIndex();
    if (!i.isValid() || !m_view->selectionModel()->isRowSelected(i.row(), {}))
        return nullptr;
    return m_model->at(i.row());
}

bool CsRequestTable::currentIsOwn() const
{
    const QModelIndex i = m_view->selectionModel()->currentIndex();
    return i.isValid() && m_model->isOwn(i.row());
}

QList<qint64> CsRequestTable::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows()) {
        if (const CsRequest *r = m_model->at(i.row()))
            ids << r->id;
    }
    return ids;
}

QString CsRequestTable::messageText() const
{
    return m_message->text();
}

} // namespace cet
