import KCScene
import KCView
import Testing

/// The one-pager's layout with a fixed-width measurer: it fits, long names wrap, blocks go in the stated order.
@Suite struct OnePagerLayoutTests {
    @Test func theExampleFitsOnePageWithNothingDropped() throws {
        let result = try OnePagerLayout().layout(try SceneSupport.example(), measurer: FixedWidthMeasurer())
        #expect(result.scene.pages.count == 1)
        #expect(result.dropped.isEmpty)
        let page = try #require(result.scene.pages.first)
        #expect(abs(page.width - 595.2756) < 0.001 && abs(page.height - 841.8898) < 0.001)
        SceneSupport.expectTidy(page)
        let texts = page.textRuns.map(\.text)
        #expect(texts.contains("Kingsoft Cloud Holdings Limited"))
        #expect(texts.contains("金山雲控股有限公司"))
        #expect(texts.contains("(1,143.8)"))
    }

    @Test func letterIsShorterAndStillFits() throws {
        let result = try OnePagerLayout(paper: .letter).layout(try SceneSupport.example(), measurer: FixedWidthMeasurer())
        let page = try #require(result.scene.pages.first)
        #expect(page.width == 612 && page.height == 792)
        SceneSupport.expectTidy(page)
    }

    @Test func aLongCompanyNameShrinksThenWrapsWithoutColliding() throws {
        var pager = try SceneSupport.example()
        pager.view.header.company = "The Extraordinarily Long-Named International Cloud Computing and Data Infrastructure Holdings Group Limited"
        let result = try OnePagerLayout().layout(pager, measurer: FixedWidthMeasurer())
        let page = try #require(result.scene.pages.first)
        SceneSupport.expectTidy(page)
        let nameRuns = page.textRuns.filter { $0.style.weight == .semibold && pager.view.header.company.contains($0.text) && $0.text.count > 10 }
        #expect(nameRuns.count >= 2, "the name should wrap")
        #expect(nameRuns.allSatisfy { $0.style.size < 18 }, "the name should shrink before it wraps")
        #expect(nameRuns.map(\.text).joined(separator: " ") == pager.view.header.company)
    }

    @Test func optionalBlocksGoInTheStatedOrder() throws {
        var pager = try SceneSupport.example()
        pager.view.quote = QuoteView(text: String(repeating: "We grew steadily and kept our costs in check this quarter. ", count: 6),
                                     speaker: "Jane Doe", title: "Chief Executive Officer")
        let fits = try OnePagerLayout().layout(pager, measurer: FixedWidthMeasurer())
        // Tall highlights force the page to give up blocks, one stage at a time.
        pager.view.highlights = (1...8).map { Highlight(text: "Highlight \($0): " + String(repeating: "the figures moved as the release says; ", count: 9)) }
        let crowded = try OnePagerLayout().layout(pager, measurer: FixedWidthMeasurer())
        #expect(fits.dropped.isEmpty)
        #expect(!crowded.dropped.isEmpty)
        let order = OptionalBlock.allCases.map(\.description)
        let positions = crowded.dropped.map { name in order.firstIndex { name.hasPrefix($0) } ?? -1 }
        #expect(positions == Array(0..<positions.count), "dropped \(crowded.dropped), expected a prefix of \(order)")
        #expect(crowded.warnings.contains { $0.hasPrefix("dropped to fit the page: management quote") })
        SceneSupport.expectTidy(try #require(crowded.scene.pages.first))
    }

    @Test func aPageThatCannotFitIsAnErrorNotAnOverflow() throws {
        var pager = try SceneSupport.example()
        pager.view.incomeStatement.rows += Array(repeating: pager.view.incomeStatement.rows[0], count: 80)
        #expect(throws: LayoutError.self) { try OnePagerLayout().layout(pager, measurer: FixedWidthMeasurer()) }
    }

    @Test func aMissingGlyphInTheLocalNameIsAWarningAndTheNameGoes() throws {
        let result = try OnePagerLayout().layout(try SceneSupport.example(), measurer: FixedWidthMeasurer(missing: ["雲"]))
        #expect(result.warnings.contains { $0.contains("“金山雲控股有限公司” was left out of the header") && $0.contains("雲") })
        #expect(!(try #require(result.scene.pages.first)).textRuns.contains { $0.text.contains("金山") })
    }

    @Test func aMissingGlyphInRequiredTextIsAnError() throws {
        var pager = try SceneSupport.example()
        pager.view.header.company = "Snow ☃ Holdings"
        #expect {
            try OnePagerLayout().layout(pager, measurer: FixedWidthMeasurer(missing: ["☃"]))
        } throws: { error in
            (error as? LayoutError)?.message.hasPrefix("no font in the fonts folder has “☃” (U+2603), needed for “Snow ☃ Holdings”") == true
        }
    }

    @Test func tableFiguresAreTabularAndRightAligned() throws {
        let page = try #require(try OnePagerLayout().layout(try SceneSupport.example(), measurer: FixedWidthMeasurer()).scene.pages.first)
        let figures = page.textRuns.filter { ["1,885.6", "(1,143.8)", "303.4"].contains($0.text) && $0.anchor == .end }
        #expect(!figures.isEmpty)
        #expect(figures.allSatisfy { $0.style.tabular })
    }

    @Test func theSceneHasAnOutlineAndStructure() throws {
        let page = try #require(try OnePagerLayout().layout(try SceneSupport.example(), measurer: FixedWidthMeasurer()).scene.pages.first)
        let outline = page.frames.compactMap(\.outline)
        #expect(outline == ["Key figures", "Revenue mix by quarter", "Margin progression", "Condensed income statement, Q3 2024", "Highlights", "Notes"])
        let roles = page.frames.compactMap(\.role)
        #expect(roles.contains(.heading(level: 1)) && roles.contains(.table) && roles.contains(.tableCell))
        #expect(roles.contains { if case .figure = $0 { return true } else { return false } })
        #expect(page.frames.contains { $0.link == "http://ir.ksyun.com" })
    }

    @Test func theSVGIsWrittenDirectlyWithRealText() throws {
        let scene = try OnePagerLayout().layout(try SceneSupport.example(), measurer: FixedWidthMeasurer()).scene
        let svg = SceneSVG(title: "Kingsoft Cloud — Q3 2024").write(scene)
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains(">Kingsoft Cloud Holdings Limited</text>"))
        #expect(svg.contains("font-variant-numeric=\"tabular-nums lining-nums\""))
        #expect(svg.contains("<a href=\"http://ir.ksyun.com\""))
        #expect(svg == SceneSVG(title: "Kingsoft Cloud — Q3 2024").write(scene))
    }
}
