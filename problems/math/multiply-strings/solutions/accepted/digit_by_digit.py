class Solution:
    def multiply(self, num1: str, num2: str) -> str:
        if num1 == "0" or num2 == "0":
            return "0"
        m, n = len(num1), len(num2)
        # The product has at most m + n digits; the digit at i of num1 times the digit at j
        # of num2 lands at place i + j + 1 (counting from the most significant end).
        place = [0] * (m + n)
        for i in range(m - 1, -1, -1):
            a = ord(num1[i]) - 48
            for j in range(n - 1, -1, -1):
                total = a * (ord(num2[j]) - 48) + place[i + j + 1]
                place[i + j + 1] = total % 10
                place[i + j] += total // 10
        start = 0 if place[0] else 1
        return "".join(chr(48 + d) for d in place[start:])
