import Bibliography

/// CiteKit's JSON value, named apart from FlyingFox's type of the same name.
typealias CSLValue = JSONValue
