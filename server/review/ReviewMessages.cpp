#include "ReviewMessages.h"

#include "MessageCatalogue.h"

namespace cet::central::review {

namespace {

const MessageCatalogue &catalogue()
{
    static const MessageCatalogue entries = {
        { codes::passed,
            { 200, u"已查询到四级成绩，六级报考资格复核通过",
                "The CET4 result was found: the CET6 qualification is granted." } },
        { codes::pendingIdDiffers,
            { 200,
                u"已查询到四级成绩，但证件号码与成绩记录不一致，状态为未复核。请携带证件变更证明（如公安机关出具的证明"
                u"）到学校考务办公室复核",
                "The CET4 result was found under another ID number. The review waits for your school's exam office: "
                "bring proof of the ID change (e.g. a police certificate)." } },
        { codes::decidedPass, { 200, u"学校已审核通过：%1", "Passed by the school: %1" } },
        { codes::decidedFail, { 200, u"学校审核未通过：%1", "Failed by the school: %1" } },
        { codes::ticketInvalid,
            { 422, u"四级准考证号应为15位数字", "The CET4 admission ticket number must have 15 digits." } },
        { codes::ticketNotCet4,
            { 422, u"该准考证号不是四级笔试准考证号（第10位应为1）",
                "This admission ticket number is not one of a CET4 written test (its 10th digit must be 1)." } },
        { codes::ticketTooOld,
            { 422, u"2005年以前的四级成绩不能在网上复核，请联系学校考务办公室代为申请",
                "Only CET4 results from 2005 on can be reviewed online. Ask your school's exam office to file the "
                "review for you." } },
        { codes::noRecord,
            { 422, u"未查询到该准考证号的四级成绩", "No CET4 result was found for this admission ticket number." } },
        { codes::scoreTooLow, { 422, u"四级总分%1分，低于425分", "The CET4 total score %1 is below 425." } },
        { codes::scoreTooOld,
            { 422, u"只有2005年及以后的四级成绩有效，请联系学校考务办公室代为申请",
                "Only CET4 results from 2005 on count. Ask your school's exam office to file the review for you." } },
        { codes::noMatch,
            { 422, u"证件号码和姓名均与该准考证号的四级成绩不符",
                "Neither the ID number nor the name matches the CET4 result of this admission ticket number." } },
        { codes::notOwnId,
            { 422, u"证件类型和证件号码应与本人报名信息一致",
                "The ID type and number must be those of your own registration." } },
        { codes::badName, { 400, u"请填写姓名", "Enter your name." } },
        { codes::exists,
            { 409, u"每个通行证账号只能提交一次六级资格复核",
                "This account has already filed a CET6 qualification review." } },
        { codes::alreadyQualified,
            { 409, u"您已具备英语六级报考资格，无需复核", "You are already qualified for CET6: no review is needed." } },
        { codes::cet6NotOffered,
            { 409, u"您所在校区未开设英语六级考试，无需复核", "Your campus does not offer CET6: no review is needed." } },
        { codes::restricted,
            { 409, u"您已被限制报考英语六级，不能申请六级资格复核",
                "You are barred from CET6 (restriction list): no review can be filed." } },
        { codes::none, { 404, u"尚未提交六级资格复核", "No CET6 qualification review has been filed." } },
        { codes::pendingLocked,
            { 409, u"复核申请处于未复核状态，不能修改或删除",
                "A review that waits for the school can not be changed or withdrawn." } },
        { codes::passedLocked,
            { 409, u"复核已通过，不能修改或删除", "A passed review can not be changed or withdrawn." } },
        { codes::notPending, { 409, u"只能审核未复核状态的申请", "Only a pending review can be decided." } },
        { codes::notFound, { 404, u"复核申请不存在", "The review does not exist." } },
        { codes::evidenceEmpty, { 400, u"上传的文件为空", "The uploaded file is empty." } },
        { codes::evidenceTooLarge, { 413, u"证明材料不能超过5MB", "An evidence file may not exceed 5 MB." } },
        { codes::evidenceBadType,
            { 415, u"证明材料只能是JPEG、PNG图片或PDF文件", "Evidence must be a JPEG or PNG image or a PDF file." } },
        { codes::evidenceTooMany,
            { 409, u"每个复核申请最多上传10个证明材料", "A review may hold at most 10 evidence files." } },
        { codes::evidenceNotFound,
            { 404, u"该复核申请没有第%1个证明材料", "The review has no evidence file number %1." } },
    };
    return entries;
}

} // namespace

bool isReviewCode(const QString &code)
{
    return catalogue().contains(code);
}

int reviewHttpStatus(const QString &code)
{
    return catalogueStatus(catalogue(), code);
}

QString reviewMessage(const QString &code, bool english, const QString &detail)
{
    const auto it = catalogue().constFind(code);
    if (it == catalogue().constEnd())
        return {};
    return catalogueText(*it, english, detail);
}

Error reviewError(const QString &code, const QString &detail)
{
    return Error { code, reviewMessage(code, true, detail), detail };
}

} // namespace cet::central::review
