#pragma once

#include "pop3/Error.h"
#include "pop3/SessionSettings.h"

#include <QString>

namespace Poplar::Pop3 {

/// The connection an error happened on, named in its explanation where that helps.
struct ErrorContext {
    QString host;        ///< as shown to the user (Unicode, not IDNA)
    quint16 port = 0;
    Security security = Security::ImplicitTls;
    QString loginMethod; ///< the method tried or chosen ("SCRAM-SHA-256", "USER"); empty if unknown
};

/// The one action that most likely fixes an error; the application turns it into a button.
enum class ErrorRemedy {
    None,             ///< nothing Poplar can offer (the check was stopped; ask the provider)
    Retry,            ///< try again (now or a little later)
    EnterPassword,    ///< the password was refused: type it again
    EditAccount,      ///< a setting is wrong: server name, port, security or login method
    TrustCertificate, ///< look at the server's certificate and maybe trust it
};

/// An error in plain words: the same explanation in the account wizard's connection test, the
/// main window's error bar and account list, and poplar-sync's stderr.
struct ErrorExplanation {
    QString title;  ///< a few words ("Password refused"), for the account list
    QString advice; ///< what happened and what to do, naming host and port where they matter
    ErrorRemedy remedy = ErrorRemedy::Retry;
};

/// Explains `error`, which happened on `context`. Texts are translated (context
/// "Poplar::Pop3::ErrorCatalogue"); nothing of the server's own text is put in them.
ErrorExplanation explainError(const Error &error, const ErrorContext &context);

/// "995, TLS" / "110, STLS" / "110, unencrypted", and the login method when known: how the
/// connection was made, for the line that names the server.
QString describeConnection(const ErrorContext &context);

} // namespace Poplar::Pop3
