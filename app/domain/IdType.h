#pragma once

#include <QMetaType>
#include <QString>

namespace cet {

// 证件类型, with the codes of domain.md. The numeric value is stored in databases and on the wire.
enum class IdType : int {
    Unknown = 0,
    ResidentId = 1,             // 中华人民共和国居民身份证
    TaiwanTravelPermit = 2,     // 台湾居民往来大陆通行证
    HkMacaoTravelPermit = 3,    // 港澳居民来往内地通行证
    Passport = 4,               // 护照
    HongKongId = 5,             // 香港身份证
    MacaoId = 6,                // 澳门身份证
    HkMacaoResidencePermit = 7, // 港澳居民居住证
    TaiwanResidencePermit = 8,  // 台湾居民居住证
};

} // namespace cet

Q_DECLARE_METATYPE(cet::IdType)
