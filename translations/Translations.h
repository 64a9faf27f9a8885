#pragma once

#include <QLocale>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace Poplar::I18n {

/// The languages Poplar has embedded translations for, as .ts/.qm suffixes ("de", "zh_CN", ...).
/// "en" is among them: the sources are English, and poplar_en holds only their plural forms.
QStringList availableLanguages();

/// Loads Poplar's embedded translation for `locale` into `translator`: the locale's own (its
/// uiLanguages() in order), else English, whose plural forms turn "%n item(s)" into "1 item" and
/// "2 items". English is thus what every locale without a Poplar translation gets, the C and
/// POSIX locales included. Returns whether the locale's own translation, English included, was
/// found; false when English came in as the fallback (or, which a build never does, nothing loaded).
bool loadTranslation(QTranslator &translator, const QLocale &locale);

/// Installs Qt's own translations (qtbase, when present in Qt's translations folder) and
/// Poplar's embedded one for `locale` (default: the system's, which follows LANGUAGE,
/// LC_ALL, LC_MESSAGES and LANG), as loadTranslation() picks it. Returns whether a Poplar
/// translation for the locale was found; with none, the texts stay in English (with English
/// plurals).
bool installTranslators(QCoreApplication &app, const QLocale &locale = QLocale::system());

} // namespace Poplar::I18n
