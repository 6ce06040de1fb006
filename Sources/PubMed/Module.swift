import CLibXML2
import Foundation

/// The libxml2 version the module was built against.
let libxmlVersion = LIBXML_DOTTED_VERSION
