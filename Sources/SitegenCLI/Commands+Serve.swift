import Foundation

extension Commands {
    static func serve(root: URL, arguments: Arguments, output: Output) -> Int32 {
        output.error("sitegen: error: serve is not available in this build yet")
        return 1
    }
}
