import SitegenCLI

