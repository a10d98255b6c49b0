import Testing
@testable import KCGraphics

/// Numbers and text in Cairo's attribute strings (outline positions, link URIs) are written the same in every locale.
@Suite struct CairoAttributeTests {
    @Test func numbersHaveADecimalPointAndAtMostTwoDecimals() {
        #expect(CairoAttribute.number(713.7698) == "713.77")
        #expect(CairoAttribute.number(36) == "36")
        #expect(CairoAttribute.number(-3.5) == "-3.5")
        #expect(CairoAttribute.number(0.05) == "0.05")
        #expect(CairoAttribute.number(1_234.0) == "1234")
    }

    @Test func quotedValuesEscapeQuotesAndBackslashes() {
        #expect(CairoAttribute.quoted("http://ir.example.com/it's") == "http://ir.example.com/it\\'s")
        #expect(CairoAttribute.quoted("a\\b") == "a\\\\b")
    }
}
