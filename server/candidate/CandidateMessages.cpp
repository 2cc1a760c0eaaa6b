#include "CandidateMessages.h"

#include "MessageCatalogue.h"

namespace cet::central::candidate {

namespace {

const MessageCatalogue &catalogue()
{
    static const MessageCatalogue entries = {
        { codes::badJson, { 400, u"请求内容不是有效的JSON", "The request body is not valid JSON." } },
        { codes::notObject, { 400, u"请求内容必须是一个JSON对象", "The request body must be a JSON object." } },
        { codes::missingField, { 400, u"缺少必填项：%1", "Missing required field: %1." } },
        { codes::unknownField, { 400, u"无法识别的字段：%1", "Unknown field: %1." } },
        { codes::wrongType, { 400, u"字段类型错误：%1", "Wrong type for field: %1." } },
        { codes::repeatedParam, { 400, u"参数重复：%1", "Parameter given more than once: %1." } },
        { codes::badEmail, { 400, u"电子邮箱格式不正确", "The email address is not valid." } },
        { codes::badMobile, { 400, u"手机号码格式不正确，应为11位数字", "The mobile number must be 11 digits." } },
        { codes::weakPassword,
          { 400, u"密码长度应为8至64位，且同时包含字母和数字",
            "The password must be 8 to 64 characters and contain letters and digits." } },
        { codes::emailTaken, { 409, u"该电子邮箱已注册", "This email address is already registered." } },
        { codes::mobileTaken, { 409, u"该手机号码已绑定其他通行证账号", "This mobile number belongs to another account." } },
        { codes::badLogin, { 401, u"账号或密码错误", "Wrong login or password." } },
        { codes::wrongPassword, { 403, u"密码错误", "The password is wrong." } },
        { codes::tooManyTries,
          { 429, u"登录尝试次数过多，请%1秒后再试", "Too many sign-in attempts; try again in %1 seconds." } },
        { codes::tooManyRequests,
          { 429, u"请求过于频繁，请%1秒后再试", "Too many requests; try again in %1 seconds." } },
        { codes::signInNeeded, { 401, u"请先登录通行证账号", "Sign in with your passport account first." } },
        { codes::badIdType, { 400, u"证件类型不正确", "The ID type is not valid." } },
        { codes::recordNotFound,
          { 404, u"无法查询到学籍信息，请核对证件类型、证件号码和姓名",
            "No student record matches this ID type, ID number and name." } },
        { codes::notConfirmed, { 400, u"请先确认学籍信息无误", "Confirm the student record first." } },
        { codes::notOpen, { 403, u"报名尚未开始，现在只能查询学籍信息", "Registration has not opened yet; you can only look up the record now." } },
        { codes::closed, { 403, u"报名已结束", "Registration has closed." } },
        { codes::passportBound,
          { 409, u"该通行证账号已绑定其他考生的报名信息", "This account is already bound to another candidate's registration." } },
        { codes::recordBound,
          { 409, u"该考生的报名信息已绑定其他通行证账号", "This candidate's registration is bound to another account." } },
        { codes::noRegistration, { 404, u"尚未保存报名信息", "No registration has been saved yet." } },
        { codes::captchaUnknown,
          { 400, u"验证码已失效，请刷新验证码后重新输入", "The captcha is no longer valid; get a new one and try again." } },
        { codes::captchaExpired, { 400, u"验证码已过期，请刷新验证码", "The captcha has expired; get a new one." } },
        { codes::captchaWrong, { 400, u"验证码错误，请刷新验证码后重新输入", "Wrong captcha; get a new one and try again." } },
        // Subjects, payment and capacity.
        { codes::unknownSubject, { 400, u"科目代码不正确：%1", "Unknown subject code: %1." } },
        { codes::notOffered, { 404, u"该校区未开设此科目", "This campus does not offer this subject." } },
        { codes::notQualified, { 403, u"您不具备该科目的报考资格", "You are not qualified for this subject." } },
        { codes::restricted,
            { 403, u"您已被限制报考该科目，如有疑问请咨询学校相关老师",
                "You are barred from this subject (restriction list); ask your school's exam office." } },
        { codes::sameLevel,
          { 409, u"英语和小语种笔试同级别科目只能报考1科", "Only one written subject of the same level can be taken." } },
        { codes::oralNeedsWritten,
          { 409, u"报考口试科目须先报考同级别的笔试科目", "An oral test needs its written subject booked first." } },
        { codes::oralNeedsWrittenPaid,
          { 409, u"报考口试科目须先完成同级别笔试科目的缴费",
            "An oral test can be booked once its written subject is paid." } },
        { codes::writtenHasOral,
          { 409, u"已报考的口试科目须以该笔试科目为前提，请先取消口试科目",
            "A booked oral test needs this written subject: cancel the oral test first." } },
        { codes::notOpenToOthers,
          { 403, u"该校区不接受外校考生报考此科目", "This campus does not take candidates of other schools for this subject." } },
        { codes::full, { 409, u"名额已满", "No seats are left at this campus." } },
        { codes::alreadyBooked, { 409, u"已报考该科目", "This subject is already booked." } },
        { codes::notBooked, { 404, u"尚未报考该科目", "This subject is not booked." } },
        { codes::paidSubject, { 409, u"已缴费的科目不能取消", "A paid subject can not be cancelled." } },
        { codes::collectiveLock,
          { 409, u"该科目已被学校锁定集体缴费，不能取消", "The school locked this subject for a collective payment." } },
        { codes::paymentPending,
          { 409, u"该科目有一笔支付结果未知，请点击“更新”查询支付状态，不要重复支付",
            "A payment of this subject awaits the bank's answer: refresh the payment status, do not pay again." } },
        { codes::paymentFailed, { 402, u"支付失败，未扣款，请重新支付", "The payment failed; nothing was charged. Try again." } },
        { codes::answerLost,
          { 502, u"银行未返回支付结果，请稍后点击“更新”查询支付状态，不要重复支付",
            "The bank's answer was lost: refresh the payment status later, do not pay again." } },
        { codes::alreadyPaid, { 409, u"该科目已缴费", "This subject is already paid." } },
        { codes::badBankOutcome,
          { 400, u"模拟银行的支付结果应为 success、failure 或 lost：%1",
            "The simulated bank's outcome must be success, failure or lost: %1." } },
        { codes::unknownSession, { 404, u"考次不存在", "No such exam session." } },
        { codes::unknownSchool, { 404, u"学校不存在", "No such school." } },
        // Account and password recovery.
        { codes::recoverNotFound, { 404, u"无法查询到报名信息", "No registration was found." } },
        { codes::resetOneWay,
          { 400, u"请填写邮箱或手机号其中一项", "Give either the email or the mobile number, not both." } },
        { codes::resetInvalid,
          { 400, u"链接或验证码无效或已过期，请重新找回密码",
            "The link or code is not valid or has expired; ask for a new one." } },
        { codes::resetTooManyTries,
          { 429, u"验证码错误次数过多，请重新获取验证码", "Too many wrong codes; ask for a new one." } },
    };
    return entries;
}

} // namespace

Language languageFrom(const QByteArray &acceptLanguage)
{
    double bestEnglish = 0, bestChinese = 0;
    for (const QByteArray &part : acceptLanguage.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QByteArray tag = pieces.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray p = pieces.at(i).trimmed();
            if (p.startsWith("q=")) {
                bool ok = false;
                q = p.mid(2).toDouble(&ok);
                if (!ok)
                    q = 0;
            }
        }
        // Ties go to the tag that came first: only a strictly higher q replaces it.
        if ((tag == "en" || tag.startsWith("en-")) && q > bestEnglish && q > bestChinese)
            bestEnglish = q;
        else if ((tag == "zh" || tag.startsWith("zh-")) && q > bestChinese && q > bestEnglish)
            bestChinese = q;
    }
    return bestEnglish > bestChinese ? Language::English : Language::Chinese;
}

bool isKnown(const QString &code)
{
    return catalogue().contains(code);
}

int httpStatus(const QString &code)
{
    return catalogueStatus(catalogue(), code);
}

QString message(const Error &error, Language language)
{
    const auto it = catalogue().constFind(error.code);
    if (it == catalogue().constEnd())
        return error.message;
    return catalogueText(*it, language == Language::English, error.detail);
}

Error error(const QString &code, const QString &detail)
{
    Error e{ code, {}, detail };
    e.message = message(e, Language::English);
    return e;
}

} // namespace cet::central::candidate
