import BookFormat
import BookRuntime
import Notebook
import Testing

@Suite("Numeric-tolerant comparison")
struct TolerantTextTests {
    let tolerance = TolerantText(relativeTolerance: 1e-9)

    @Test func decimalsWithinRelativeToleranceAreEqual() {
        #expect(tolerance.equal("loss 0.30000000000000004", "loss 0.3"))
        #expect(tolerance.equal("x = 1.0000000001e-5", "x = 1e-5"))
        #expect(tolerance.equal("-2.5000000001 and 7", "-2.5 and 7"))
    }

    @Test func integersMustMatchDigitForDigit() {
        #expect(!tolerance.equal("16294208416658607535", "16294208416658607000"))
        #expect(!tolerance.equal("count 1000000000", "count 1000000001"))
        #expect(!tolerance.equal("007", "7"))
        #expect(tolerance.equal("count 42", "count 42"))
    }

    @Test func numbersWrittenInAnotherFormDiffer() {
        #expect(!tolerance.equal("[1.0, 2.0]", "[1, 2]"))
        #expect(!tolerance.equal("1e3", "1000.0"))
        #expect(!tolerance.equal("(+1.5)", "(1.5)"))
    }

    @Test func numbersBeyondToleranceDiffer() {
        #expect(!tolerance.equal("p = 0.0501", "p = 0.0500"))
        #expect(!tolerance.equal("1.000001", "1"))
        #expect(!tolerance.equal("-1e-10", "1e-10"))
        #expect(!tolerance.equal("0", "1e-300"))
    }

    @Test func textBetweenNumbersMustMatchExactly() {
        #expect(!tolerance.equal("mean 0.5", "mean  0.5"))
        #expect(!tolerance.equal("mean 0.5", "Mean 0.5"))
        #expect(!tolerance.equal("0.5\n", "0.5"))
        #expect(!tolerance.equal("a 1 b", "a 1 b 2"))
    }

    @Test func hyphensAndIdentifiersAreNotSigns() {
        // "figure-1" is the word "figure-" then 1, on both sides alike; 1 and 2 still differ.
        #expect(tolerance.equal("figure-1.5", "figure-1.5000000000001"))
        #expect(!tolerance.equal("figure-1", "figure-2"))
        #expect(!tolerance.equal("x-1", "x+1"))
    }
}
