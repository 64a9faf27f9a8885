#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace Poplar::I18n {

namespace {
/// Where qt_add_translations embeds the .qm files (RESOURCE_PREFIX in CMakeLists.txt).
const QString ResourceFolder = QStringLiteral(":/i18n");

bool install(QCoreApplication &app, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&app);
    // load() walks locale.uiLanguages(): de_AT finds poplar_de, zh-Hans-CN finds poplar_zh_CN.
    if (translator->load(locale, name, QStringLiteral("_"), folder) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
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

bool installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // Qt's own dialogs and --help texts (QCommandLineParser, QDialogButtonBox...), if installed.
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return install(app, locale, QStringLiteral("poplar"), ResourceFolder);
}

} // namespace Poplar::I18n
