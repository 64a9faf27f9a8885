#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Poplar::I18n {

namespace {
/// Where the build embeds the .qm files (PREFIX in CMakeLists.txt).
const QString ResourceFolder = QStringLiteral(":/i18n");
const QString Name = QStringLiteral("poplar");
const QString Separator = QStringLiteral("_");
/// The plural-only English translation: the language of the sources, and the fallback.
const QString English = QStringLiteral("poplar_en");

/// Installs `translator`, a child of the application, if it loaded; else deletes it.
void installOrDelete(QTranslator *translator, bool loaded)
{
    if (!loaded || !QCoreApplication::installTranslator(translator))
        delete translator;
}
} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files = QDir(ResourceFolder).entryList({QStringLiteral("poplar_*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages << file.mid(7, file.size() - 7 - 3);
    return languages;
}

bool loadTranslation(QTranslator &translator, const QLocale &locale)
{
    // load() walks locale.uiLanguages(): de_AT finds poplar_de, zh-Hans-CN finds poplar_zh_CN,
    // en_GB finds poplar_en. C, POSIX and languages Poplar lacks find none: English then.
    if (translator.load(locale, Name, Separator, ResourceFolder))
        return true;
    static_cast<void>(translator.load(English, ResourceFolder)); // embedded by every build
    return false;
}

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own dialogs and --help texts (QCommandLineParser, QDialogButtonBox...), if installed.
    auto *qtbase = new QTranslator(&app);
    installOrDelete(qtbase, qtbase->load(locale, QStringLiteral("qtbase"), Separator,
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    auto *poplar = new QTranslator(&app);
    const bool found = loadTranslation(*poplar, locale);
    installOrDelete(poplar, !poplar->isEmpty());
    return found;
}

} // namespace Poplar::I18n
