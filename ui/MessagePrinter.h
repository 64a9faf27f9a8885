#pragma once

#include "mime/MessagePreview.h"

class QPrinter;
class QWidget;

namespace Poplar::Ui {

class SafeTextBrowser;

/// Prints a message as the preview pane and the message window show it: its header block, then
/// its body through the same SafeTextBrowser, so remote content stays blocked on paper too.
class MessagePrinter {
public:
    /// Lays out `preview` (the first lines only when not `complete`) in `browser`, ready to print.
    static void render(const Mime::MessagePreview &preview, bool complete, SafeTextBrowser *browser);
    /// Prints `preview` to `printer`; returns how many resources were refused while rendering.
    static int print(const Mime::MessagePreview &preview, bool complete, QPrinter *printer);
    /// Opens the print preview dialog for `preview` over `parent` (it prints from there).
    static void openPreview(const Mime::MessagePreview &preview, bool complete, QWidget *parent);
};

} // namespace Poplar::Ui
