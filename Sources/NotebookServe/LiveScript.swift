import Foundation

/// The script injected into every served page: it connects to the preview, reloads the page
/// when a newer site is written, and shows progress and problems over the page.
enum LiveScript {
    static let data: Data = {
        guard let url = Bundle.module.url(forResource: "live", withExtension: "js"),
              let data = try? Data(contentsOf: url)
        else { fatalError("live.js is missing from the NotebookServe bundle: the build is incomplete") }
        return data
    }()
}
