#include "XlsxSharedStrings.h"

#include "XlsxValues.h"

#include <algorithm>
#include "XmlScanner.h"
#include "ZipArchive.h"

namespace cet {

Result<void> XlsxSharedStrings::load(const ZipArchive &zip, const QString &part, const ReaderLimits &limits)
{
    m_text.clear();
    m_offsets.assign(1, 0);
    if (part.isEmpty())
        return {};
    auto entry = zip.stream(part);
    if (!entry)
        return entry.error();
    ZipEntryStream *stream = entry.value().get();
    XmlScanner xml([stream](char *out, qint64 max) { return stream->read(out, max); }, zip.fileName(), part,
                   limits.maxCellChars * 4 + 4096, std::clamp<qint64>(stream->declaredSize() + 1, 64, 256 * 1024));

    int phonetic = 0;      // inside <rPh>: a reading guide, not part of the text
    bool inText = false;   // inside <t>
    bool inItem = false;   // inside <si>
    QString item;
    auto limitError = [&](const QString &code, const QString &message) {
        return Error{code, message, part};
    };
    for (;;) {
        const auto token = xml.next();
        if (!token)
            return token.error();
        switch (token.value()) {
        case XmlScanner::Token::StartElement:
            if (XmlScanner::is(xml.name(), "si")) {
                inItem = true;
                item.clear();
            } else if (XmlScanner::is(xml.name(), "t")) {
                inText = true;
            } else if (XmlScanner::is(xml.name(), "rPh")) {
                ++phonetic;
            }
            break;
        case XmlScanner::Token::Text:
            if (inItem && inText && phonetic == 0)
                xml.appendText(item);
            break;
        case XmlScanner::Token::EndElement:
            if (XmlScanner::is(xml.name(), "t")) {
                inText = false;
            } else if (XmlScanner::is(xml.name(), "rPh")) {
                --phonetic;
            } else if (XmlScanner::is(xml.name(), "si")) {
                inItem = false;
                xlsx::unescapeOoxml(item);
                if (item.size() > limits.maxCellChars) {
                    return limitError(QStringLiteral("import.limit_cell_chars"),
                                      tr("\"%1\" can not be read: shared string %2 has %3 characters; a cell may "
                                         "have at most %4.")
                                          .arg(zip.fileName())
                                          .arg(size())
                                          .arg(item.size())
                                          .arg(limits.maxCellChars));
                }
                if (m_text.size() + item.size() > limits.maxSharedStringChars) {
                    return limitError(QStringLiteral("import.limit_shared_string_chars"),
                                      tr("\"%1\" can not be read: its shared strings have more than %2 characters.")
                                          .arg(zip.fileName())
                                          .arg(limits.maxSharedStringChars));
                }
                if (size() >= limits.maxSharedStrings) {
                    return limitError(QStringLiteral("import.limit_shared_strings"),
                                      tr("\"%1\" can not be read: it has more than %2 shared strings.")
                                          .arg(zip.fileName())
                                          .arg(limits.maxSharedStrings));
                }
                m_text += item;
                m_offsets.push_back(m_text.size());
            }
            break;
        case XmlScanner::Token::End:
            m_offsets.shrink_to_fit();
            return {};
        }
    }
}

} // namespace cet
