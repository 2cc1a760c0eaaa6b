#include "CsMessages.h"

#include "MessageCatalogue.h"

namespace cet::central::cs {

namespace {

const MessageCatalogue &catalogue()
{
    static const MessageCatalogue entries = {
        { codes::forbidden, { 403, u"无权进行此项客服操作", "Your role may not do this customer-service action." } },
        { codes::reasonRequired, { 400, u"请填写原因", "A reason is required." } },
        { codes::notFound,
            { 404, u"无法查询到报名信息（证件类型、证件号码和姓名须与已验证的学籍一致）",
                "No registration found: the ID type, ID number and name must match a verified student record." } },
        { codes::badIdType, { 400, u"证件类型应为1至8", "The ID type must be a code from 1 to 8." } },
        { codes::badPassportId,
            { 422, u"新通行证ID应为已注册账号的32位十六进制ID",
                "The new passport ID must be the 32-hex-digit ID of a registered account." } },
        { codes::passportBound,
            { 409, u"新通行证已绑定报名信息", "The new passport is already bound to a registration." } },
        { codes::emailMismatch,
            { 422, u"新邮箱与新通行证的登录邮箱不一致",
                "The new email is not the login email of the new passport." } },
        { codes::requestOpen,
            { 409, u"该考生已有未处理的换绑申请", "This candidate already has an open rebinding request." } },
        { codes::checksRequired,
            { 400, u"请至少勾选一项身份核验方式", "Tick at least one way the caller's identity was verified." } },
        { codes::unknownCheck, { 400, u"未知的身份核验方式：%1", "Unknown identity check: %1" } },
        { codes::notBound,
            { 409, u"该考生的报名信息未绑定通行证，无需换绑，请考生重新注册",
                "This candidate's registration is not bound to a passport: nothing to move, the candidate "
                "registers anew." } },
        { codes::fourEyes,
            { 403, u"不能审批自己提交的申请", "You can not decide a request you filed yourself." } },
        { codes::notFiler,
            { 403, u"只有提交人可以撤回申请", "Only the agent who filed the request can withdraw it." } },
        { codes::badState, { 409, u"申请当前状态（%1）不允许此操作", "The request's state (%1) does not allow this." } },
        { codes::requestNotFound, { 404, u"换绑申请不存在", "The rebinding request does not exist." } },
        { codes::registrationGone,
            { 409, u"报名信息已删除或已不属于原通行证",
                "The registration was deleted or no longer belongs to the old passport." } },
        { codes::badShape, { 400, u"请求格式错误：%1", "Malformed request: %1" } },
    };
    return entries;
}

} // namespace

bool isCsCode(const QString &code)
{
    return catalogue().contains(code);
}

int csHttpStatus(const QString &code)
{
    return catalogueStatus(catalogue(), code);
}

QString csMessage(const QString &code, bool english, const QString &detail)
{
    const auto it = catalogue().constFind(code);
    if (it == catalogue().constEnd())
        return {};
    return catalogueText(*it, english, detail);
}

Error csError(const QString &code, const QString &detail)
{
    return Error { code, csMessage(code, true, detail), detail };
}

} // namespace cet::central::cs
