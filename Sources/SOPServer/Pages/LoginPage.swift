/// `/masuk`: NIP and password.
enum LoginPage {
    static func render(error: ServerError? = nil, nip: String = "") -> String {
        let message = error.map { "<p class=\"galat\" role=\"alert\">[\(Layout.esc($0.code))] \(Layout.esc($0.message))</p>" } ?? ""
        return Layout.page(title: "Masuk", viewer: nil, body: """
            <h1>Masuk</h1>\(message)
            <form method="post" action="/masuk">
            <label for="nip">NIP</label><input type="text" id="nip" name="nip" value="\(Layout.esc(nip))" autocomplete="username" required autofocus>
            <label for="sandi">Kata sandi</label><input type="password" id="sandi" name="sandi" autocomplete="current-password" required>
            <p><button type="submit">Masuk</button></p></form>
            """)
    }
}
