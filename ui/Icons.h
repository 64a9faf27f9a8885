#pragma once

#include <QIcon>
#include <QString>

namespace Poplar::Ui {

/// The icon `name` (a freedesktop icon-naming-spec name such as "mail-receive") from the
/// desktop's icon theme, or Poplar's bundled copy of it when the theme has none (or there is
/// no theme at all). Looked up once per name.
QIcon themedIcon(const QString &name);

/// Poplar's own application icon, org.poplar.Poplar, from the theme or bundled.
QIcon applicationIcon();

} // namespace Poplar::Ui
