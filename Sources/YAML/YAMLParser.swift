import CYAML
import Diagnostics

/// Turns YAML text into a `YAMLNode` tree through libyaml's event parser.
/// This is the only file that touches libyaml.
public enum YAMLParser {
    /// Parses one YAML document.
    /// - Parameters:
    ///   - text: the YAML source.
    ///   - file: project-relative path used in locations.
    ///   - firstLine: the line of `file` on which `text` starts (1-based).
    ///   - columnOffset: columns to add to every position, for YAML whose lines were taken out of an
    ///     indented block (a fenced block inside a list item keeps its body indented in the file).
    /// - Returns: the root node, or nil for an empty document.
    /// - Throws: a `Diagnostic` at the offending line for syntax errors, aliases and duplicate keys.
    public static func parse(
        _ text: String, file: String, firstLine: Int = 1, columnOffset: Int = 0
    ) throws(Diagnostic) -> YAMLNode? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .error("could not start the YAML parser", at: SourceLocation(file: file, line: firstLine, column: 1))
        }
        defer { yaml_parser_delete(&parser) }
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> YAMLNode? in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var reader = EventReader(
                parser: &parser, lines: LineTable(text), file: file, firstLine: firstLine, columnOffset: columnOffset)
            return try reader.document()
        }
    }
}

/// Walks libyaml events recursively; depth is bounded so hostile input cannot overflow the stack.
private struct EventReader {
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let lines: LineTable
    let file: String
    let firstLine: Int
    let columnOffset: Int
    static let maxDepth = 200

    init(
        parser: UnsafeMutablePointer<yaml_parser_t>, lines: LineTable, file: String, firstLine: Int, columnOffset: Int
    ) {
        self.parser = parser
        self.lines = lines
        self.file = file
        self.firstLine = firstLine
        self.columnOffset = columnOffset
    }

    /// The file position of `mark`, found from its character index (see `LineTable` for why not its line).
    func location(_ mark: yaml_mark_t) -> SourceLocation {
        let (line, column) = lines.position(ofCharacter: Int(mark.index))
        return SourceLocation(file: file, line: firstLine + line, column: column + 1 + columnOffset)
    }

    /// The next event, with the C memory released after `body` has read it.
    func next<T>(_ body: (yaml_event_t) throws(Diagnostic) -> T) throws(Diagnostic) -> T {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else { throw syntaxError() }
        defer { yaml_event_delete(&event) }
        return try body(event)
    }

    func syntaxError() -> Diagnostic {
        let p = parser.pointee
        let problem = p.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = p.context.map { " " + String(cString: $0) } ?? ""
        return .error("YAML syntax error: \(problem)\(context)", at: location(p.problem_mark))
    }

    mutating func document() throws(Diagnostic) -> YAMLNode? {
        var root: YAMLNode?
        var sawDocument = false
        while true {
            let done: Bool = try next { (event) throws(Diagnostic) -> Bool in
                switch event.type {
                case YAML_STREAM_END_EVENT: return true
                case YAML_DOCUMENT_START_EVENT:
                    if sawDocument {
                        throw .error("expected one YAML document, found several", at: location(event.start_mark))
                    }
                    sawDocument = true
                    return false
                case YAML_DOCUMENT_END_EVENT, YAML_STREAM_START_EVENT: return false
                default:
                    root = try node(from: event, depth: 0)
                    return false
                }
            }
            if done { return root }
        }
    }

    func node(from event: yaml_event_t, depth: Int) throws(Diagnostic) -> YAMLNode {
        let at = location(event.start_mark)
        guard depth < Self.maxDepth else { throw .error("YAML is nested too deeply", at: at) }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let s = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: s.value, count: s.length), as: UTF8.self)
            return YAMLNode(.scalar(text, plain: s.style == YAML_PLAIN_SCALAR_STYLE), at: at)
        case YAML_SEQUENCE_START_EVENT:
            var items: [YAMLNode] = []
            while let item = try child(depth: depth, end: YAML_SEQUENCE_END_EVENT) { items.append(item) }
            return YAMLNode(.sequence(items), at: at)
        case YAML_MAPPING_START_EVENT:
            var pairs: [YAMLPair] = []
            while let key = try child(depth: depth, end: YAML_MAPPING_END_EVENT) {
                guard let name = key.string else {
                    throw .error("a map key must be a plain name, not \(key.kindName)", at: key.location)
                }
                guard let value = try child(depth: depth, end: YAML_MAPPING_END_EVENT) else {
                    throw .error("missing value for '\(name)'", at: key.location)
                }
                if pairs.contains(where: { $0.name == name }) {
                    throw .error("duplicate key '\(name)'", at: key.location)
                }
                pairs.append(YAMLPair(key: key, value: value))
            }
            return YAMLNode(.mapping(pairs), at: at)
        case YAML_ALIAS_EVENT:
            throw .error("YAML aliases (*name) are not supported", at: at)
        default:
            throw .error("unexpected YAML content", at: at)
        }
    }

    /// The next child node, or nil when the collection ends with `end`.
    func child(depth: Int, end: yaml_event_type_t) throws(Diagnostic) -> YAMLNode? {
        try next { (event) throws(Diagnostic) -> YAMLNode? in
            event.type == end ? nil : try node(from: event, depth: depth + 1)
        }
    }
}
