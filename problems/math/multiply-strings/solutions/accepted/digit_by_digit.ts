function multiply(num1: string, num2: string): string {
    if (num1 === "0" || num2 === "0") return "0";
    const digits = new Array<number>(num1.length + num2.length).fill(0);
    for (let i = num1.length - 1; i >= 0; i--) {
        for (let j = num2.length - 1; j >= 0; j--) {
            const sum = digits[i + j + 1] + (num1.charCodeAt(i) - 48) * (num2.charCodeAt(j) - 48);
            digits[i + j + 1] = sum % 10;
            digits[i + j] += Math.floor(sum / 10);
        }
    }
    const start = digits[0] === 0 ? 1 : 0;
    return digits.slice(start).join("");
};
