#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <cstring>
#include <functional>
#include <vector>

namespace cet {

// A small pull tokenizer for the big parts of an XLSX file (worksheets, shared strings), about
// ten times faster than QXmlStreamReader on them. Reads UTF-8 XML in blocks from `read`, keeps
// only the current token in memory, and checks what a spreadsheet part needs to be trusted:
// tags that open and close in order, quoted attributes, known entities, a complete document.
// DTDs are refused (a spreadsheet never has one; they are how entity bombs come in). Element
// and attribute names are local names: "x:row" is "row".
class XmlScanner
{
    Q_DECLARE_TR_FUNCTIONS(cet::XmlScanner)
public:
    enum class Token { StartElement, EndElement, Text, End };
    // Fills `out` with up to `max` bytes; 0 = the end of the part.
    using ReadFunction = std::function<Result<qint64>(char *out, qint64 max)>;

    // `fileName` and `part` name the file and the part in errors ("xlsx.xml").
    // `maxTokenBytes` caps one tag or one run of text; `blockSize` is how much is read at a time.
    XmlScanner(ReadFunction read, QString fileName, QString part, qint64 maxTokenBytes, qint64 blockSize = 256 * 1024);

    Result<Token> next();

    // name == literal, without a call into Qt for every tag.
    template<size_t N>
    static bool is(QByteArrayView name, const char (&literal)[N])
    {
        return name.size() == qsizetype(N - 1) && std::memcmp(name.data(), literal, N - 1) == 0;
    }

    QByteArrayView name() const { return m_name; }
    // For a StartElement: the raw value of the attribute with this local name, or a null view.
    QByteArrayView attribute(QByteArrayView localName) const;
    // For a Text token: the text with entities resolved (appended to `out`).
    void appendText(QString &out) const;
    // For a Text token: the bytes as written (entities not resolved).
    QByteArrayView rawText() const { return QByteArrayView(m_textBegin, m_textEnd - m_textBegin); }
    bool rawTextHasEntities() const { return !m_textIsCData && rawText().contains('&'); }
    // The 1-based line of the current token (for messages).
    qint64 line() const;

private:
    Result<Token> fail(const QString &what);
    Result<bool> more(); // reads one more block; false = end of the part
    Result<Token> scanTag();
    bool parseAttributes(const char *p, const char *end);

    struct Attribute
    {
        QByteArrayView name; // qualified
        QByteArrayView value;
    };

    ReadFunction m_read;
    QString m_fileName;
    QString m_part;
    qint64 m_maxToken;
    qint64 m_block;

    QByteArray m_buf;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    qint64 m_linesBefore = 0; // line breaks in bytes already dropped from m_buf
    qsizetype m_tokenStart = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_rootSeen = false;
    bool m_pendingEnd = false; // a self-closing tag's end comes next

    QByteArrayView m_name;
    std::vector<Attribute> m_attributes; // of the current start tag
    const char *m_textBegin = nullptr;
    const char *m_textEnd = nullptr;
    bool m_textIsCData = false;

    // Open elements as qualified names, concatenated; m_stackEnds[i] is where the i-th ends.
    QByteArray m_stack;
    std::vector<qsizetype> m_stackEnds;
};

} // namespace cet
