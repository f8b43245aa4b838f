#include "DossierEventLog.h"

#include "DossierRepository.h"
#include "OutboxRepository.h"

namespace pc {

Status DossierEventLog::record(qint64 dossierId, DossierStatus before, const DossierEvent &e)
{
    DossierRepository dossiers(m_db);
    if (auto s = dossiers.appendEvent(dossierId, e); !s)
        return s;
    if (auto s = OutboxRepository(m_db).enqueue(e.uuid, e.at); !s)
        return s;
    if (e.status != before)
        return dossiers.setStatus(dossierId, e.status);
    return success();
}

}  // namespace pc
