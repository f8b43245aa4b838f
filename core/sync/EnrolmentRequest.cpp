#include "EnrolmentRequest.h"

#include "SyncService.h"
#include "Wire.h"
#include "services/AccountRules.h"
#include "services/AuditLog.h"
#include "services/CounterIdentity.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pc {
namespace {
class EnrolText {
    Q_DECLARE_TR_FUNCTIONS(pc::EnrolText)
};
}  // namespace

EnrolmentRequest::EnrolmentRequest(SyncParts parts, QObject *parent) : QObject(parent), m_parts(parts), m_result(success()) {}
EnrolmentRequest::~EnrolmentRequest() = default;

bool EnrolmentRequest::start(const Actor &actor, const QUrl &url, const QString &caFile, const QString &pin, const QString &code)
{
    if (auto allowed = access::enrolWithCentre(actor); !allowed) {
        m_result = allowed;
        return false;
    }
    m_actor = actor;
    auto identity = CounterIdentityStore(m_parts.database.sql()).load();
    if (!identity || !identity.value()) {
        m_result = Error::refused(EnrolText::tr("Quầy chưa được thiết lập: thiết lập quầy trước khi đăng ký với trung tâm."));
        return false;
    }
    static const QRegularExpression digits(u"^[0-9]{1,20}$"_s);
    if (!digits.match(code.trimmed()).hasMatch()) {
        m_result = Error::badInput(EnrolText::tr("Mã đăng ký phải là dãy chữ số do trung tâm cấp."));
        return false;
    }
    auto config = SyncService(m_parts).candidateConfig(url, caFile, pin);
    if (!config) {
        m_result = config.error();
        return false;
    }
    m_url = url;
    m_caFile = caFile;
    m_pin = pin;
    m_client = std::make_unique<CentreClient>(config.value());
    HttpRequest request;
    request.verb = "POST";
    request.path = u"v1/enrol"_s;
    request.headers = {{"Content-Type", "application/json"}};
    request.body = QJsonDocument(QJsonObject{{u"protocol"_s, wire::kProtocol}, {u"code"_s, code.trimmed()}, {u"unit_id"_s, identity.value()->unitId},
                                             {u"counter"_s, identity.value()->counterNumber}})
                       .toJson(QJsonDocument::Compact);
    m_client->send(request, [this](const HttpReply &r) { answered(r); });
    return true;
}

void EnrolmentRequest::abort()
{
    if (m_client)
        m_client->abortAll();
}

void EnrolmentRequest::answered(const HttpReply &r)
{
    if (!r.transportOk()) {
        m_result = Error::refused(r.errorText);
    } else if (r.status == 403 || r.status == 401) {
        m_result = Error::refused(EnrolText::tr("Trung tâm từ chối mã đăng ký: mã sai, đã dùng, đã hết hạn hoặc không cấp cho đơn vị và quầy này."));
    } else if (r.status == 429) {
        m_result = Error::refused(EnrolText::tr("Trung tâm tạm khóa đăng ký vì nhập sai mã nhiều lần; hãy thử lại sau %n phút.", nullptr,
                                                std::max(1, (r.retryAfterSeconds + 59) / 60)));
    } else if (r.status != 200) {
        m_result = Error::refused(httpStatusText(r.status));
    } else {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString token = o.value(u"token").toString(), device = o.value(u"device_id").toString();
        if (token.isEmpty() || device.isEmpty())
            m_result = Error::refused(EnrolText::tr("Trả lời đăng ký của trung tâm không hợp lệ."));
        else
            m_result = SyncService(m_parts).storeEnrolment(m_url, m_caFile, m_pin, token, device);
        if (m_result)  // the address and device id only: the token stays out of the trail
            m_result = AuditLog(m_parts.database, m_parts.clock).record(m_actor, u"enrol"_s, device, m_url.toString());
    }
    emit finished(m_result);
}

}  // namespace pc
