#include "EvidenceCache.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>

namespace cet {

namespace {
bool isSha256(const QString &s)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(s).hasMatch();
}
} // namespace

EvidenceCache::EvidenceCache(const QString &databasePath) : m_folder(databasePath + QStringLiteral(".evidence")) { }

QString EvidenceCache::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString EvidenceCache::pathOf(const QString &sha256) const
{
    return QDir(m_folder).filePath(sha256.toLower());
}

std::optional<QByteArray> EvidenceCache::read(const QString &sha256, qint64 size) const
{
    if (!isSha256(sha256.toLower()))
        return std::nullopt;
    QFile f(pathOf(sha256));
    if (f.size() != size || !f.open(QIODevice::ReadOnly))
        return std::nullopt;
    QByteArray bytes = f.readAll();
    if (bytes.size() != size)
        return std::nullopt;
    return bytes;
}

Result<void> EvidenceCache::write(const QString &sha256, const QByteArray &bytes) const
{
    if (!isSha256(sha256.toLower()) || sha256Of(bytes) != sha256.toLower())
        return Error { QStringLiteral("store.corrupt"),
                       QCoreApplication::translate("cet::EvidenceCache",
                                                   "The evidence file arrived damaged (its checksum does not match)."),
                       sha256 };
    if (!QDir().mkpath(m_folder))
        return Error { QStringLiteral("store.io"),
                       QCoreApplication::translate("cet::EvidenceCache", "Can not create the folder %1.").arg(m_folder),
                       {} };
    QSaveFile f(pathOf(sha256));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return Error { QStringLiteral("store.io"),
                       QCoreApplication::translate("cet::EvidenceCache", "Can not save the evidence file: %1")
                           .arg(f.errorString()),
                       pathOf(sha256) };
    return {};
}

} // namespace cet
