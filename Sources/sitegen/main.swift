import Foundation
import SitegenCLI

exit(CLI.run(Array(CommandLine.arguments.dropFirst())))
