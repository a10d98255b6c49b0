/// A view turned into what the templates render: objects, lists, text and flags. Every
/// key of the schema is present, so a nil optional is `false` here and never lets a
/// lookup climb to an outer context's key of the same name.
///
/// The view is encoded straight into the data (`TemplateDataEncoder`, `DataBuilder`),
/// with no JSON text in between; the data is what a JSON round trip of the view, shaped
/// by the schema, gives.
enum TemplateData {
    static func make<T: Codable>(_ view: T, escape: @escaping (String) -> String) throws -> TemplateValue {
        try TemplateDataEncoder.encode(view, shape: DataShape.of(T.self), escape: escape)
    }
}
