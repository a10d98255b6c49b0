/// A font weight on the CSS/OpenType scale.
public enum FontWeight: Int, Sendable, Hashable {
    case regular = 400
    case medium = 500
    case semibold = 600
    case bold = 700
}
