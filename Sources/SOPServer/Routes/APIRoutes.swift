import Foundation
import HTTPTypes
import Hummingbird
import SOPDSL
import SOPEngine
import SOPReports

/// The JSON API under `/api/v1`, as schema/openapi.yaml describes it. Writes need the session
/// cookie and its CSRF token in `X-CSRF-Token`.
enum APIRoutes {
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    static func add(to router: Router<BasicRequestContext>, _ state: ServerState) {
        let zone = TimeZone(identifier: "Asia/Jakarta")!
        router.get("/api/openapi.yaml") { _, _ in Replies.text(OpenAPIDocument.text, contentType: "application/yaml; charset=utf-8") }
        router.post("/api/v1/sesi") { request, _ in
            let body = try await RequestBody.json(APIBodies.Login.self, allowed: APIBodies.loginKeys, request)
            guard let member = try await state.run({ state.actions.authenticate(nip: body.nip, password: body.sandi) }) else {
                throw ServerError.badLogin
            }
            let session = state.sessions.open(nip: member.nip)
            var response = Replies.json(APIBodies.LoggedIn(nip: member.nip, nama: member.name.value, kantor: member.office?.value ?? "",
                                                           csrf: session.csrf), zone: zone)
            response.setCookie(state.sessionCookie(session))
            return response
        }
        router.delete("/api/v1/sesi") { request, _ in
            let viewer = try state.viewer(request)
            try state.checkCSRF(viewer, request.headers[csrfHeader])
            state.sessions.close(viewer.session.token)
            var response = Response(status: .noContent, headers: Replies.securityHeaders)
            response.setCookie(state.expiredCookie)
            return response
        }
        router.get("/api/v1/antrian") { request, _ in
            let viewer = try state.viewer(request)
            let (mine, overseen) = try await state.run { try state.actions.queue(viewer) }
            return Replies.json(APIBodies.Queue(kantor: viewer.office.id, antrian: mine.map(row), pantauan: overseen.map(row)), zone: zone)
        }
        router.get("/api/v1/kasus") { request, _ in
            let viewer = try state.viewer(request)
            let cases = try await state.run { try state.actions.visibleCases(viewer) }
            return Replies.json(APIBodies.CaseList(kantor: viewer.office.id, kasus: cases.map { row($0, clocks: nil) }), zone: zone)
        }
        router.post("/api/v1/kasus") { request, _ in
            let viewer = try state.viewer(request)
            try state.checkCSRF(viewer, request.headers[csrfHeader])
            let body = try await RequestBody.json(APIBodies.Open.self, allowed: APIBodies.openKeys, request)
            let input = OpenInput(sop: body.sop, fields: body.isian ?? [:], note: body.catatan, occurredAt: body.pada)
            let presentation = try await state.run {
                let opened = try state.actions.open(input, viewer)
                return try state.actions.view(opened.id, viewer)
            }
            return Replies.json(presentation.json, status: .created)
        }
        router.get("/api/v1/kasus/:id") { request, context in
            let viewer = try state.viewer(request)
            let id = context.parameters.get("id") ?? ""
            let presentation = try await state.run { try state.actions.view(id, viewer) }
            return Replies.json(presentation.json)
        }
        router.post("/api/v1/kasus/:id/langkah") { request, context in
            let viewer = try state.viewer(request)
            try state.checkCSRF(viewer, request.headers[csrfHeader])
            let id = context.parameters.get("id") ?? ""
            let body = try await RequestBody.json(APIBodies.Step.self, allowed: APIBodies.stepKeys, request)
            let input = StepInput(step: body.langkah, fields: body.isian ?? [:], present: body.lengkap, choice: body.pilih, note: body.catatan,
                                  occurredAt: body.pada, outsideName: body.namaLuar, contact: body.kontak, outputProduced: body.output ?? true)
            let presentation = try await state.run {
                let outcome = try state.actions.step(id, input, viewer)
                return try state.actions.view(outcome.state.id, viewer)
            }
            return Replies.json(presentation.json)
        }
        router.get("/api/v1/laporan/harian") { request, _ in
            let viewer = try state.viewer(request)
            let day = request.uri.queryParameters["tanggal"].map(String.init)
            let view = try await state.run { try state.actions.daily(day, viewer) }
            return Replies.json(view.json)
        }
        router.get("/api/v1/layar/:kantor") { _, context in
            let id = context.parameters.get("kantor") ?? ""
            let (office, desks) = try await state.run { try state.actions.board(id) }
            return Replies.json(APIBodies.Board(kantor: office.id, nama: office.name.value, loket: desks.map {
                .init(loket: $0.desk, dilayani: $0.waiting.first, menunggu: Array($0.waiting.dropFirst()))
            }), zone: zone)
        }
    }

    static func row(_ row: CaseActions.Row) -> APIBodies.CaseRow {
        self.row(row.summary, clocks: row.clocks.map {
            .init(langkah: $0.span.step, status: ReportWording.statusKey($0.status), keterangan: ReportWording.status($0.status, clock: $0.clock))
        })
    }

    static func row(_ s: CaseSummary, clocks: [APIBodies.Clock]?) -> APIBodies.CaseRow {
        .init(kasus: s.caseID, sop: s.sopName, status: s.status.rawValue, langkahBerjalan: s.active.map(\.step),
              kantorAsal: s.homeOffice, ditangani: s.office, waktuLayanan: clocks, diperbarui: s.updatedAt)
    }
}
