/// What is on a page in page coordinates, for tests and checks that look at the whole page.
extension Page {
    /// Every text run with its position in page coordinates, in drawing order.
    public var textRuns: [TextRun] {
        var runs: [TextRun] = []
        Page.collect(root, dx: 0, dy: 0) { item, dx, dy in
            if case .text(var run) = item {
                run.x += dx
                run.y += dy
                runs.append(run)
            }
        }
        return runs
    }

    /// Every frame with its position in page coordinates (items left as they are), in drawing order, the root first.
    public var frames: [Frame] {
        var frames: [Frame] = [root]
        Page.collect(root, dx: 0, dy: 0) { item, dx, dy in
            if case .frame(let frame) = item { frames.append(frame.offset(by: dx, dy)) }
        }
        return frames
    }

    static func collect(_ frame: Frame, dx: Double, dy: Double, _ visit: (SceneItem, Double, Double) -> Void) {
        let x = dx + frame.x
        let y = dy + frame.y
        for item in frame.items {
            visit(item, x, y)
            if case .frame(let child) = item { collect(child, dx: x, dy: y, visit) }
        }
    }
}
