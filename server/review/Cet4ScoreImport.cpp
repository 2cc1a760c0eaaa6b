#include "Cet4ScoreImport.h"

namespace cet::central::review {

Result<qint64> importCet4Scores(CentralStore &store, const QList<cet4scoresql::ScoreRow> &rows)
{
    Transaction tx(store);
    if (auto r = tx.begin(true); !r)
        return r.error();
    if (auto r = cet4scoresql::upsert(store, rows); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return qint64(rows.size());
}

} // namespace cet::central::review
