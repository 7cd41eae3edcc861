import Foundation
import Hummingbird
import SOPDSL
import SOPEngine
import SOPRender
import SOPReports

/// The staff pages: server-rendered HTML forms, no script needed.
enum PageRoutes {
    static func add(to router: Router<BasicRequestContext>, _ state: ServerState) {
        router.get("/") { request, _ in
            (try? state.viewer(request)) == nil ? Replies.redirect("/masuk") : Replies.redirect("/antrian")
        }
        router.get("/masuk") { _, _ in Replies.page(LoginPage.render()) }
        router.post("/masuk") { request, _ in
            let form = try await RequestBody.form(request)
            let nip = form["nip"] ?? "", password = form["sandi"] ?? ""
            guard let member = try await state.run({ state.actions.authenticate(nip: nip, password: password) }) else {
                return Replies.page(LoginPage.render(error: .badLogin, nip: nip), status: .unauthorized)
            }
            var response = Replies.redirect("/antrian")
            response.setCookie(state.sessionCookie(state.sessions.open(nip: member.nip)))
            return response
        }
        router.post("/keluar") { request, _ in
            let form = try await RequestBody.form(request)
            let viewer = try state.viewer(request)
            try state.checkCSRF(viewer, form["csrf"])
            state.sessions.close(viewer.session.token)
            var response = Replies.redirect("/masuk")
            response.setCookie(state.expiredCookie)
            return response
        }
        router.get("/antrian") { request, _ in
            let viewer = try pageViewer(request, state)
            let (mine, overseen) = try await state.run { try state.actions.queue(viewer) }
            let opened = request.uri.queryParameters["dibuka"].map { "Kasus \($0) dibuka." }
            return Replies.page(QueuePage.render(viewer: viewer, mine: mine, overseen: overseen, sops: state.deployment.sops,
                                                 offices: state.offices, message: opened))
        }
        router.get("/kasus") { request, _ in
            let viewer = try pageViewer(request, state)
            let cases = try await state.run { try state.actions.visibleCases(viewer) }
            return Replies.page(ListPages.cases(cases, viewer: viewer, offices: state.offices))
        }
        router.post("/kasus") { request, _ in
            let form = try await RequestBody.form(request)
            let viewer = try pageViewer(request, state)
            try state.checkCSRF(viewer, form["csrf"])
            let input = OpenInput(sop: form["sop"] ?? "", fields: form.prefixed("isian."), note: form["catatan"], occurredAt: form["pada"])
            let opened = try await state.run { try state.actions.open(input, viewer) }
            return Replies.redirect("/kasus/\(opened.id)?dibuka=1")
        }
        router.get("/kasus/:id") { request, context in
            let viewer = try pageViewer(request, state)
            let id = context.parameters.get("id") ?? ""
            let presentation = try await state.run { try state.actions.view(id, viewer) }
            let query = request.uri.queryParameters
            let message = query["dicatat"].map { "Langkah \($0) dicatat." } ?? (query["dibuka"] != nil ? "Kasus \(id) dibuka." : nil)
            return Replies.page(CasePage.render(presentation, viewer: viewer, offices: state.offices, message: message, error: nil))
        }
        router.post("/kasus/:id/langkah") { request, context in
            let form = try await RequestBody.form(request)
            let viewer = try pageViewer(request, state)
            try state.checkCSRF(viewer, form["csrf"])
            let id = context.parameters.get("id") ?? ""
            let input = StepInput(step: form["langkah"] ?? "", fields: form.prefixed("isian."), present: form.all("lengkap"),
                                  choice: form["pilih"], note: form["catatan"], occurredAt: form["pada"],
                                  outsideName: form["nama_luar"], contact: form["kontak"], outputProduced: form["output"] == "ya")
            do {
                let outcome = try await state.run { try state.actions.step(id, input, viewer) }
                let done = outcome.state.status == .closed ? "\(input.step)+(kasus+selesai)" : input.step
                return Replies.redirect("/kasus/\(outcome.state.id)?dicatat=\(done)")
            } catch let error as EngineError {
                // The refusal is shown on the case page with the case as it now stands (a
                // recorded refusal is in its timeline).
                let presentation = try await state.run { try state.actions.view(id, viewer) }
                let failure = ServerError(error)
                return Replies.page(CasePage.render(presentation, viewer: viewer, offices: state.offices, message: nil, error: failure),
                                    status: failure.status)
            }
        }
        router.get("/sop") { request, _ in
            Replies.page(ListPages.sops(state.deployment.sops, viewer: try pageViewer(request, state)))
        }
        router.get("/sop/:id/cetak") { request, context in
            _ = try pageViewer(request, state)
            let id = context.parameters.get("id") ?? ""
            guard let published = state.deployment.sop(id: id) else { throw ServerError.notFound("SOP '\(id)'") }
            return Replies.page(HTMLRenderer.render(published.sop))
        }
        router.get("/laporan") { request, _ in
            let viewer = try pageViewer(request, state)
            let today = state.actions.today(viewer)
            return Replies.page(ListPages.reports(viewer: viewer, today: today.iso))
        }
        router.get("/laporan/harian") { request, _ in
            let viewer = try pageViewer(request, state)
            let day = request.uri.queryParameters["tanggal"].map(String.init)
            let view = try await state.run { try state.actions.daily(day, viewer) }
            return Replies.page(view.html)
        }
        router.get("/layar/:kantor") { _, context in
            let id = context.parameters.get("kantor") ?? ""
            let (office, desks) = try await state.run { try state.actions.board(id) }
            return Replies.page(DisplayPage.render(office: office, desks: desks))
        }
    }

    /// Pages send a visitor who is not logged in to the login page.
    static func pageViewer(_ request: Request, _ state: ServerState) throws -> Viewer {
        try state.viewer(request)
    }
}
