#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;

namespace Poplar::I18n {

/// The languages Poplar is translated into, as .ts/.qm suffixes ("de", "zh_CN", ...).
QStringList availableLanguages();

/// Installs Qt's own translations (qtbase, when present in Qt's translations folder) and
/// Poplar's embedded ones for `locale` (default: the system's, which follows LANGUAGE,
/// LC_ALL, LC_MESSAGES and LANG). Returns whether a Poplar translation was found; with none,
/// the texts stay in English.
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace Poplar::I18n
