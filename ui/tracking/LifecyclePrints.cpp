#include "LifecyclePrints.h"

#include "CounterSeams.h"
#include "services/CounterServices.h"

namespace pc {
namespace {
Status present(DocumentPresenter &presenter, const Result<PreparedDocument> &doc)
{
    if (!doc)
        return doc.error();
    presenter.present(doc.value());
    return success();
}
}  // namespace

Status LifecyclePrints::handover(const QString &handoverNumber, const QStringList &codes)
{
    // Everything is prepared first: a form that cannot be made shows nothing half-done.
    QList<PreparedDocument> docs;
    auto manifest = m_services.documents().prepareManifest(handoverNumber);
    if (!manifest)
        return manifest.error();
    docs << manifest.value();
    for (const QString &code : codes) {
        auto sheet = m_services.documents().prepareControlSheet(code);
        if (!sheet)
            return sheet.error();
        docs << sheet.value();
    }
    for (const PreparedDocument &d : docs)
        m_presenter.present(d);
    return success();
}

Status LifecyclePrints::apology(const QString &code) { return present(m_presenter, m_services.documents().prepareApology(code)); }
Status LifecyclePrints::returnSlip(const QString &code) { return present(m_presenter, m_services.documents().prepareReturnSlip(code)); }
Status LifecyclePrints::postalLabel(const QString &code) { return present(m_presenter, m_services.documents().prepareLabel(code)); }

}  // namespace pc
