#pragma once

#include "CsTypes.h"

#include <QWidget>

#include <functional>

class QLabel;
class QTableView;

namespace cet {

class CsRequestsModel;
class CsService;

// A list of rebinding requests from the server (one state or all, the caller's own or everyone's,
// narrowed by a filter), refreshed on demand and whenever the service changed a request; the
// building block of the agent's and the supervisor's lists.
class CsRequestTable : public QWidget
{
    Q_OBJECT
public:
    using Filter = std::function<bool(const CsRequest &)>;

    CsRequestTable(CsService &service, QWidget *parent = nullptr);

    void setQuery(const QString &state, bool mine, Filter filter = {});
    void setOwnUser(const QString &user);
    void setMultiSelection(bool on);
    void refresh();

    CsRequestsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    const CsRequest *current() const;
    bool currentIsOwn() const;
    QList<qint64> selectedIds() const;
    QString messageText() const;

signals:
    void currentChanged();
    void loaded();

private:
    CsService &m_service;
    CsRequestsModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_message = nullptr;
    QString m_state;
    bool m_mine = false;
    Filter m_filter;
};

} // namespace cet
