import Hummingbird
import SOPEngine

/// Turns every error a route lets through into a Bahasa Indonesia answer with a stable code:
/// JSON under `/api/`, a page elsewhere. Unknown addresses and methods included.
/// A page keeps the logged-in person's menu, so that from any refusal they can go on or log out.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    let state: ServerState

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let api = request.uri.path.hasPrefix("/api/")
        do {
            return try await next(request, context)
        } catch {
            let failure = Self.serverError(error)
            let viewer = api || failure.code == ServerError.loginRequired.code ? nil : try? state.viewer(request)
            return Replies.error(failure, api: api, viewer: viewer)
        }
    }

    static func serverError(_ error: any Error) -> ServerError {
        switch error {
        case let error as ServerError: return error
        case let error as EngineError: return ServerError(error)
        case let error as HTTPError:
            switch error.status {
            case .notFound: return .notFound("alamat ini")
            case .methodNotAllowed: return .methodNotAllowed
            case .contentTooLarge: return .tooLarge(RequestBody.limit)
            default: return .badBody(error.body ?? "permintaan ditolak")
            }
        default: return .internalError(String(describing: type(of: error)))
        }
    }
}
