#pragma once

// Shared by the GMime-based decoders. GLib names a struct member "signals", which Qt defines as
// a keyword: include this before any Qt header.
#include <gmime/gmime.h>

#include <QString>

namespace Poplar::Mime::Internal {

/// Initialises GMime once per process.
void ensureGMime();

/// An address list in display form ("Name <addr>, ..."), encoded words decoded.
QString addressList(InternetAddressList *list);

} // namespace Poplar::Mime::Internal
