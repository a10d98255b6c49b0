import Foundation

/// Renders the e-mail that carries a one-pager: the subject from a one-line template
/// (from the project configuration), the plain-text body from `email.txt` and the
/// HTML body from `email.html` in the template library. All three are checked
/// against `EmailView` first, as strictly as the one-pager's templates.
public struct EmailRenderer: Sendable {
    public static let textTemplate = "email.txt"
    public static let htmlTemplate = "email.html"
    /// The subject when the configuration names none.
    public static let defaultSubject = "{{header.company}} · {{header.title}}"
    static let subjectName = "subject.txt"
    static let pragma = "{{% CONTENT_TYPE: TEXT }}"

    public let library: TemplateLibrary
    let subjectLibrary: TemplateLibrary

    /// Checks the bodies in `library` and the subject template; `subjectSource` names
    /// where the subject was written (`kcreport.yaml: email.subject`), for messages.
    public init(library: TemplateLibrary, subject: String, subjectSource: String) throws {
        self.library = library
        guard !subject.contains(where: \.isNewline) else {
            throw TemplateError(file: subjectSource, reason: "the subject must be one line")
        }
        do {
            subjectLibrary = try TemplateLibrary(name: subjectSource, templates: [EmailRenderer.subjectName: EmailRenderer.pragma + subject])
            try TemplateChecker(library: subjectLibrary).check(EmailRenderer.subjectName, root: ViewSchema.of(EmailView.self))
        } catch var error as TemplateError {
            // Point at the subject as written, without the pragma put in front of it.
            error.file = subjectSource
            if error.line == 1, let column = error.column { error.column = max(1, column - EmailRenderer.pragma.count) }
            throw error
        }
        let checker = TemplateChecker(library: library)
        try checker.check(EmailRenderer.textTemplate, root: ViewSchema.of(EmailView.self))
        try checker.check(EmailRenderer.htmlTemplate, root: ViewSchema.of(EmailView.self))
    }

    /// The subject, on one line with runs of spaces collapsed.
    public func subject(_ view: EmailView) throws -> String {
        let text = try render(view, template: EmailRenderer.subjectName, in: subjectLibrary)
        return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    public func text(_ view: EmailView) throws -> String {
        try render(view, template: EmailRenderer.textTemplate, in: library)
    }

    public func html(_ view: EmailView) throws -> String {
        try render(view, template: EmailRenderer.htmlTemplate, in: library)
    }

    func render(_ view: EmailView, template name: String, in library: TemplateLibrary) throws -> String {
        try library.render(try TemplateData.make(view, escape: { $0 }), template: name)
    }
}
